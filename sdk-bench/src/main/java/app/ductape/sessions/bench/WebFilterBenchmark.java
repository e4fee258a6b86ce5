package app.ductape.sessions.bench;

import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.webflux.DuctapeSessionWebFilter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** B11: what {@link DuctapeSessionWebFilter} adds to a WebFlux request on Reactor Netty, at a cache hit. */
public class WebFilterBenchmark extends RequestPathBenchmark {
    private DisposableServer server;

    @Override
    protected String startServer(SessionVerifier verifier) {
        byte[] hello = HELLO.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create().host("127.0.0.1").port(0).handle(new ReactorHttpHandlerAdapter(
            WebHttpHandlerBuilder.webHandler(exchange -> exchange.getResponse().writeWith(Mono.fromSupplier(() ->
                exchange.getResponse().bufferFactory().wrap(hello))))
                .filter(DuctapeSessionWebFilter.of(SessionGuard.builder(verifier).include("/api/*").build()))
                .build())).bindNow();
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    protected void stopServer() {
        server.disposeNow();
    }
}
