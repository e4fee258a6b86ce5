/**
 * Spring Boot auto-configuration of the Ductape Sessions SDK (Boot 4.0 and 3.5): the client from
 * {@code ductape.*} properties ({@link app.ductape.sessions.spring.DuctapeProperties}), the session
 * token verifier and its servlet filter, an {@code OpaqueTokenIntrospector} for Spring Security, a
 * {@code ductape} health indicator and Micrometer meters. Add {@code ductape-sessions-spring-boot-starter}.
 */
package app.ductape.sessions.spring;
