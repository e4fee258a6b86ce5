package app.ductape.sessions.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a request authenticated by a Ductape session, without calling anything: the
 * {@code SecurityContext} holds what the starter's introspector would make of a valid session with this data
 * (a {@code BearerTokenAuthentication} whose principal is a {@code DuctapeSessionPrincipal}), as
 * {@code @WithMockUser} does for users. For controller and method-security tests.
 *
 * <pre>{@code
 * @Test
 * @WithDuctapeSession(data = "email=ada@example.com", authorities = "ROLE_ADMIN")
 * void anAdminSeesTheReport() { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithDuctapeSessionSecurityContextFactory.class)
public @interface WithDuctapeSession {

    /**
     * The session data, each {@code name=value} (a value is a string), such as {@code "email=ada@example.com"}.
     *
     * @return the data
     */
    String[] data() default {};

    /**
     * The authorities, such as {@code "ROLE_ADMIN"} or {@code "SCOPE_reports"}.
     *
     * @return the authorities
     */
    String[] authorities() default {};

    /**
     * The session's id: the principal's name.
     *
     * @return the session id
     */
    String sessionId() default "test-session";

    /**
     * When the security context is set up (as for {@code @WithMockUser}).
     *
     * @return the event
     */
    @AliasFor(annotation = WithSecurityContext.class)
    TestExecutionEvent setupBefore() default TestExecutionEvent.TEST_METHOD;
}
