package app.ductape.sessions.springtestapps.webflux;

import org.springframework.boot.test.autoconfigure.web.reactive.WebFluxTest;

/** {@link WebFluxSliceChecks} on a Boot 3.5.7 {@code @WebFluxTest} slice. */
@WebFluxTest(properties = {"spring.main.banner-mode=off", "ductape.sessions.filter.enabled=true",
    "ductape.sessions.filter.url-patterns=/api/*", "ductape.sessions.verifier.tag=user-session"})
class WebFluxSliceTest extends WebFluxSliceChecks {}
