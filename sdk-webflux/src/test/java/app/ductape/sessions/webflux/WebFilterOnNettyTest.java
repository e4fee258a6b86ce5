package app.ductape.sessions.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.PathSpellings;
import app.ductape.sessions.middleware.RawHttp;
import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.transport.CallListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web filter on real Reactor Netty, against the emulator: the servlet filter's answers, and no blocked loop
 * (BlockHound watches every test; one shows that it catches a blocking verify).
 */
@ExtendWith(BlockingCalls.class)
class WebFilterOnNettyTest {
    private final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
    private final List<String> verifyThreads = new CopyOnWriteArrayList<>();
    private final SessionsService sessions = emulator.sessionsServiceBuilder().maxRetries(0)
        .transport(t -> t.callListener(new CallListener() {
            @Override
            public void onAttempt(Attempt attempt) {
                if (attempt.operation().equals("verify")) {
                    verifyThreads.add(Thread.currentThread().getName());
                }
            }
        })).build();
    private final SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session").build();
    private final NettyApp app = new NettyApp(DuctapeSessionWebFilter.of(SessionGuard.builder(verifier)
        .cookie("ductape_session").include("/api/*").exclude("/api/public/*").build()));

    @AfterEach
    void close() {
        app.close();
        verifier.close();
        sessions.close();
        emulator.close();
    }

    private StartSessionResult start(String email) {
        return sessions.start(StartSessionOptions.builder().tag("user-session").data(Map.of("email", email)).build());
    }

    private RawHttp.Answer get(String path, String... headers) throws Exception {
        return RawHttp.send(app.port(), "GET", path, List.of(headers));
    }

    @Test
    void noTokenIs401WithWwwAuthenticateAndAProblem() throws Exception {
        RawHttp.Answer answer = get("/api/me");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":401");
    }

    @Test
    void aValidTokenReachesTheHandlerWithItsSessionInTheExchangeAndTheContext() throws Exception {
        StartSessionResult s = start("ada@example.com");

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + s.token());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("/api/me ada@example.com context=ada@example.com");
        assertThat(verifyThreads).singleElement().asString().doesNotStartWith("test-loop");
    }

    @Test
    void theCookieCarriesTheTokenWhenThereIsNoHeader() throws Exception {
        StartSessionResult s = start("ada@example.com");

        assertThat(get("/api/me", "Cookie: ductape_session=" + s.token()).status()).isEqualTo(200);
    }

    @Test
    void afterARevokeTheTokenIs401AndTheAnswerNeverEchoesIt() throws Exception {
        StartSessionResult s = start("ada@example.com");
        assertThat(get("/api/me", "Authorization: Bearer " + s.token()).status()).isEqualTo(200);

        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + s.token());
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.text()).doesNotContain(s.token());
    }

    @Test
    void anUnavailableDuctapeIs503WithRetryAfter() throws Exception {
        StartSessionResult s = start("ada@example.com");
        emulator.faults().failNext(1, 503);

        RawHttp.Answer answer = get("/api/me", "Authorization: Bearer " + s.token());

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("5");
    }

    @Test
    void anExcludedPathAndOneOutsideTheIncludedPassUnchecked() throws Exception {
        assertThat(get("/api/public/info").body()).isEqualTo("/api/public/info anonymous context=none");
        assertThat(get("/health").status()).isEqualTo(200);
    }

    @Test
    void everyHostileSpellingOfTheSecurityTableIsRefused() throws Exception {
        for (PathSpellings.Spelling spelling : PathSpellings.table()) {
            int status = get(spelling.rawPath()).status();

            assertThat(spelling.allowed()).as("%s answered %d", spelling, status).contains(status);
        }
    }

    @Test
    void aMissNeverHoldsTheEventLoop() throws Exception {
        assertThat(unguardedAnswersWhileAMissIsInFlight(app)).as("the web filter leaves the loop free").isTrue();
    }

    @Test
    void theDetectorCatchesAFilterThatVerifiesWithTheBlockingVerifyOnTheLoop() throws Exception {
        try (NettyApp blocking = new NettyApp((exchange, chain) -> {
            verifier.verify(exchange.getRequest().getHeaders().getFirst("Authorization").substring("Bearer ".length()));
            return chain.filter(exchange);
        })) {
            StartSessionResult s = start("margaret@example.com");

            RawHttp.Answer answer = RawHttp.send(blocking.port(), "GET", "/api/me", List.of("Authorization: Bearer " + s.token()));

            assertThat(answer.status()).isEqualTo(500);
            assertThat(BlockingCalls.drain()).isNotEmpty()
                .allSatisfy(call -> assertThat(call).contains(" on test-loop-").contains(" from app.ductape.sessions."));
        }
    }

    /** With the one event loop's verify in flight (Ductape slowed down), whether another request is answered. */
    private boolean unguardedAnswersWhileAMissIsInFlight(NettyApp target) throws Exception {
        StartSessionResult s = start("grace+" + System.nanoTime() + "@example.com");
        emulator.faults().delayNext(1, Duration.ofSeconds(2));
        Thread slow = new Thread(() -> {
            try {
                RawHttp.send(target.port(), "GET", "/api/me", List.of("Authorization: Bearer " + s.token()));
            } catch (Exception ignored) {
                // its answer is not what is checked
            }
        });
        slow.start();
        Thread.sleep(300);
        long sent = System.nanoTime();
        RawHttp.send(target.port(), "GET", "/health", List.of());
        // Ductape answers the slow one 2 s after it asked: a free loop answers /health long before
        boolean answeredMeanwhile = System.nanoTime() - sent < Duration.ofSeconds(1).toNanos();
        slow.join();
        return answeredMeanwhile;
    }
}
