package app.ductape.sessions.webflux;

import app.ductape.sessions.model.VerifySessionResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * A WebFlux application on real Reactor Netty, on loopback, with one event-loop thread (so that a filter
 * that blocks it stalls every other request): its handler answers {@code 200 <path> <email or anonymous>
 * context=<email or none>}, the session read from the exchange and from the Reactor context.
 */
final class NettyApp implements AutoCloseable {
    private final LoopResources loop = LoopResources.create("test-loop", 1, 1, true);
    private final DisposableServer server;

    NettyApp(WebFilter... filters) {
        HttpHandler handler = WebHttpHandlerBuilder.webHandler(exchange -> Mono.deferContextual(context -> {
            VerifySessionResult session = exchange.getAttribute(DuctapeSessionWebFilter.SESSION_ATTRIBUTE);
            String inContext = context.<VerifySessionResult>getOrEmpty(DuctapeSessionWebFilter.CONTEXT_KEY)
                .map(found -> String.valueOf(found.data().get("email"))).orElse("none");
            String body = exchange.getRequest().getPath().value() + " "
                + (session == null ? "anonymous" : session.data().get("email")) + " context=" + inContext;
            return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory()
                .wrap(body.getBytes(StandardCharsets.UTF_8))));
        })).filters(list -> list.addAll(List.of(filters))).build();
        this.server = HttpServer.create().host("127.0.0.1").port(0).runOn(loop)
            .handle(new ReactorHttpHandlerAdapter(handler)).bindNow();
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.disposeNow();
        loop.dispose();
    }
}
