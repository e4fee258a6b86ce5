package app.ductape.sessions.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * 10,000 concurrent requests with cache hits through the web filter on real Netty (one event loop), on the
 * 2 cores here: every one answered 200, and the server's JVM has no more live threads after the load than
 * before it (a blocking filter would need a thread per waiting request). The latency percentiles are
 * printed, not judged (B11 measures the filter's cost): each request opens its own connection, which is
 * most of its time here.
 */
@ExtendWith(BlockingCalls.class)
class LoadOnNettyTest {
    private static final int REQUESTS = 10_000;

    @Test
    void tenThousandConcurrentRequestsWithCacheHitsAreAnsweredWithoutAThreadMore() {
        // each request holds a connection: a client and a server socket apiece
        long descriptors = ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
        Assumptions.assumeTrue(descriptors < 0 || descriptors >= 2L * REQUESTS,
            "10,000 concurrent connections need more open files than ulimit -n " + descriptors + " allows");
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().build();
             SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session").build();
             NettyApp app = new NettyApp(DuctapeSessionWebFilter.of(verifier))) {
            List<String> tokens = Flux.range(0, 100).map(i -> sessions.start(StartSessionOptions.builder()
                .tag("user-session").data(Map.of("email", "user" + i + "@example.com")).build()))
                .map(StartSessionResult::token).collectList().block();
            tokens.forEach(verifier::verify);
            ConnectionProvider connections = ConnectionProvider.builder("load").maxConnections(REQUESTS)
                .pendingAcquireMaxCount(-1).build();
            HttpClient client = HttpClient.create(connections).baseUrl("http://127.0.0.1:" + app.port());
            load(client, tokens, 1_000);
            long threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

            long[] nanos = load(client, tokens, REQUESTS);

            long threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "load: %,d concurrent requests with cache hits, %d cores: latency p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms; live threads %d before, %d after; Ductape verifies during the load: %d%n",
                REQUESTS, Runtime.getRuntime().availableProcessors(), nanos[REQUESTS / 2] / 1e6,
                nanos[REQUESTS * 99 / 100] / 1e6, nanos[REQUESTS - 1] / 1e6, threadsBefore, threadsAfter,
                verifier.stats().misses() - tokens.size());
            assertThat(threadsAfter).as("live threads").isLessThanOrEqualTo(threadsBefore);
            assertThat(verifier.stats().misses()).as("every request a cache hit").isEqualTo(tokens.size());
            connections.disposeLater().block();
        }
    }

    /** Sends {@code count} requests at once; each one's time from sending to its whole 200 answer. */
    private static long[] load(HttpClient client, List<String> tokens, int count) {
        List<Long> times = Flux.range(0, count).flatMap(i -> {
            long sent = System.nanoTime();
            return client.headers(h -> h.set("Authorization", "Bearer " + tokens.get(i % tokens.size())))
                .get().uri("/api/me").responseSingle((response, body) -> body.asString().defaultIfEmpty("")
                    .map(text -> {
                        if (response.status().code() != 200 || !text.contains("@example.com")) {
                            throw new IllegalStateException("answered " + response.status() + ": " + text);
                        }
                        return System.nanoTime() - sent;
                    }));
        }, count).collectList().block(Duration.ofMinutes(2));
        return times.stream().mapToLong(Long::longValue).toArray();
    }
}
