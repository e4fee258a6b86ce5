package app.ductape.sessions.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.RawHttp;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerificationTracer;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.transport.CallTracer;
import io.micrometer.context.ContextRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.WebFilter;

/**
 * On real Reactor Netty, the request's trace that a tracing filter keeps in the Reactor context (as Spring's
 * observation does with the server span) is the current one when the verifier starts its verification and when
 * its Ductape call starts, and is gone from the event loop's thread afterwards. A thread local registered with
 * Micrometer's context-propagation stands for the tracing library's.
 */
class TraceContextOnNettyTest {
    private static final String KEY = "test.request-trace";
    private static final ThreadLocal<String> CURRENT_TRACE = new ThreadLocal<>();
    /** Stands for the server instrumentation: the request's trace into the Reactor context of the chain. */
    private static final WebFilter SERVER_SPAN = (exchange, chain) -> {
        String trace = exchange.getRequest().getHeaders().getFirst("X-Test-Trace");
        return trace == null ? chain.filter(exchange) : chain.filter(exchange).contextWrite(c -> c.put(KEY, trace));
    };

    private final List<String> seenByVerifier = new CopyOnWriteArrayList<>();
    private final List<String> seenByCall = new CopyOnWriteArrayList<>();
    private final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
    private final SessionsService sessions = emulator.sessionsServiceBuilder().maxRetries(0)
        .transport(t -> t.callTracer(call -> {
            seenByCall.add(call.operation() + " " + CURRENT_TRACE.get());
            return CallTracer.Trace.NONE;
        })).build();
    private final SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session")
        .tracer((tag, result) -> {
            seenByVerifier.add(result + " " + CURRENT_TRACE.get());
            return VerificationTracer.Verification.NONE;
        }).build();
    private final NettyApp app = new NettyApp(SERVER_SPAN,
        DuctapeSessionWebFilter.of(SessionGuard.builder(verifier).include("/api/*").build()));

    @BeforeAll
    static void registerTheTraceThreadLocal() {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT_TRACE::get, CURRENT_TRACE::set,
            CURRENT_TRACE::remove);
    }

    @AfterAll
    static void unregisterTheTraceThreadLocal() {
        ContextRegistry.getInstance().removeThreadLocalAccessor(KEY);
    }

    @AfterEach
    void close() {
        app.close();
        verifier.close();
        sessions.close();
        emulator.close();
    }

    private String token() {
        return sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build()).token();
    }

    @Test
    void aMissIsVerifiedWithinTheRequestsTraceAndSoIsItsDuctapeCall() throws Exception {
        String token = token();
        seenByCall.clear();

        RawHttp.Answer answer = RawHttp.send(app.port(), "GET", "/api/me",
            List.of("Authorization: Bearer " + token, "X-Test-Trace: trace-1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(seenByVerifier).containsExactly("MISS trace-1");
        assertThat(seenByCall).containsExactly("verify trace-1");
    }

    @Test
    void eachRequestHasItsOwnTraceAndNoneStaysOnTheEventLoop() throws Exception {
        String first = token();
        String second = token();
        seenByCall.clear();

        RawHttp.send(app.port(), "GET", "/api/me", List.of("Authorization: Bearer " + first, "X-Test-Trace: a"));
        RawHttp.send(app.port(), "GET", "/api/me", List.of("Authorization: Bearer " + second));
        RawHttp.send(app.port(), "GET", "/api/me", List.of("Authorization: Bearer " + first, "X-Test-Trace: b"));

        // one event-loop thread served all three: the first request's trace was put back, not left for the second
        assertThat(seenByCall).containsExactly("verify a", "verify null");
        assertThat(seenByVerifier).containsExactly("MISS a", "MISS null");
    }
}
