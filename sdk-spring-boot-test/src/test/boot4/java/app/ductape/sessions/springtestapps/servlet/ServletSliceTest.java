package app.ductape.sessions.springtestapps.servlet;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

/** {@link ServletSliceChecks} on a Boot 4.0.7 {@code @WebMvcTest} slice. */
@WebMvcTest(controllers = ServletTestApplication.Endpoints.class, properties = {"spring.main.banner-mode=off",
    "ductape.sessions.filter.enabled=true", "ductape.sessions.filter.url-patterns=/api/*",
    "ductape.sessions.verifier.tag=user-session"})
class ServletSliceTest extends ServletSliceChecks {}
