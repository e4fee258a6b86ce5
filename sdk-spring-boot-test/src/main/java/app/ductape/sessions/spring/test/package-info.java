/**
 * Spring Boot test support for the Ductape Sessions SDK: {@link app.ductape.sessions.spring.test.AutoConfigureDuctapeEmulator}
 * gives a test's application context an emulator, {@link app.ductape.sessions.spring.test.DuctapeTestSessions}
 * sends requests with real sessions on it, and {@link app.ductape.sessions.spring.test.WithDuctapeSession} puts a
 * session's authentication in the security context without calling anything.
 */
package app.ductape.sessions.spring.test;
