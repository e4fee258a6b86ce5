package app.ductape.sessions.middleware;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.testkit.MutableClock;
import app.ductape.sessions.transport.CallListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A demo emulator on a clock the test moves, a client of it that counts its verify requests, and
 * helpers to start sessions: what the verifier and filter tests share, here and in the Jakarta REST module.
 */
public final class VerifierFixture implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    public final MutableClock clock = MutableClock.at(NOW);
    public final DuctapeEmulator emulator = DuctapeEmulator.builder().clock(clock).seed(EmulatorSeed.demo()).start();
    public final AtomicInteger verifyRequests = new AtomicInteger();
    public final SessionsService sessions = emulator.sessionsServiceBuilder().maxRetries(0)
        .transport(t -> t.callListener(new CallListener() {
            @Override
            public void onAttempt(Attempt attempt) {
                if (attempt.operation().equals("verify")) {
                    verifyRequests.incrementAndGet();
                }
            }
        })).build();

    /** A session of {@code user-session} (1 day) for {@code email}. */
    public StartSessionResult start(String email) {
        return sessions.start(StartSessionOptions.builder().tag("user-session").data(Map.of("email", email)).build());
    }

    /** A session that expires after {@code lifetime}. */
    public StartSessionResult start(String email, Duration lifetime) {
        return sessions.start(StartSessionOptions.builder().tag("user-session").data(Map.of("email", email))
            .expiresIn(lifetime).build());
    }

    public SessionVerifier.Builder verifier() {
        return SessionVerifier.builder(sessions).tag("user-session").clock(clock);
    }

    @Override
    public void close() {
        sessions.close();
        emulator.close();
    }
}
