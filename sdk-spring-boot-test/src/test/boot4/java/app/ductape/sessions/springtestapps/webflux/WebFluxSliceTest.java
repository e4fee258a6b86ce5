package app.ductape.sessions.springtestapps.webflux;

import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;

/** {@link WebFluxSliceChecks} on a Boot 4.0.7 {@code @WebFluxTest} slice. */
@WebFluxTest(properties = {"spring.main.banner-mode=off", "ductape.sessions.filter.enabled=true",
    "ductape.sessions.filter.url-patterns=/api/*", "ductape.sessions.verifier.tag=user-session"})
class WebFluxSliceTest extends WebFluxSliceChecks {}
