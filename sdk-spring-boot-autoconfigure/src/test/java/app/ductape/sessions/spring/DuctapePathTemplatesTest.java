package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every path of the wire contract becomes its template; no caller's value survives. */
class DuctapePathTemplatesTest {

    @ParameterizedTest
    @CsvSource({
        "/v1/products/my-product/sessions/user-session/start,        /v1/products/{product}/sessions/{tag}/start",
        "/v1/products/my-product/sessions/user-session/verify,       /v1/products/{product}/sessions/{tag}/verify",
        "/v1/products/my-product/sessions/user-session/users,        /v1/products/{product}/sessions/{tag}/users",
        "/v1/products/p/sessions/t/users/ada%40example.com,          /v1/products/{product}/sessions/{tag}/users/{identifier}",
        "/v1/products/p/sessions/t/activity,                         /v1/products/{product}/sessions/{tag}/activity",
        "/v1/products/p/session-configs,                             /v1/products/{product}/session-configs",
        "/v1/products/p/session-configs/t,                           /v1/products/{product}/session-configs/{tag}",
        "/v1/session-users/u_123,                                    /v1/session-users/{userId}",
        "/prefix/v1/products/p/sessions/t/dashboard,                 /v1/products/{product}/sessions/{tag}/dashboard",
        "/v1/products/users/sessions/users/users/sessions,           /v1/products/{product}/sessions/{tag}/users/{identifier}",
        "/elsewhere/x,                                               /{path}",
    })
    void aPathBecomesItsTemplate(String path, String template) {
        assertThat(DuctapePathTemplates.template(path)).isEqualTo(template);
    }
}
