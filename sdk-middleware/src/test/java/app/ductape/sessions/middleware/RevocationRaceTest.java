package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A revocation that lands while a verifier is storing a valid answer of the same session wins: the answer
 * is not left in the cache. The race is driven with latches, not sleeps: the clock stops the verifying
 * thread inside the cache's put (where the entry's lifetime is computed, before the entry is visible),
 * the revocation runs to the end, and then the put goes on.
 */
class RevocationRaceTest {
    private final VerifierFixture fixture = new VerifierFixture();

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    /** The fixture's clock, which can hold the first thread that reads it from inside the cache's put. */
    static final class GateClock extends Clock {
        private final Clock time;
        final AtomicBoolean armed = new AtomicBoolean();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        GateClock(Clock time) {
            this.time = time;
        }

        @Override
        public long millis() {
            if (armed.get() && insideTheCachesPut() && armed.compareAndSet(true, false)) {
                held.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return time.millis();
        }

        private static boolean insideTheCachesPut() {
            return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
                frame.getMethodName().equals("expireAfterCreate")));
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock in UTC");
        }
    }

    @Test
    void aRevocationThatLandsWhileAValidAnswerIsBeingCachedWins() throws Exception {
        GateClock clock = new GateClock(fixture.clock);
        SessionVerifier verifier = fixture.verifier().clock(clock).build();
        StartSessionResult s = fixture.start("ada@example.com");
        clock.armed.set(true);

        CompletableFuture<VerifySessionResult> verifying = CompletableFuture.supplyAsync(() -> verifier.verify(s.token()));
        assertThat(clock.held.await(10, TimeUnit.SECONDS)).as("the verifier reached the cache's put").isTrue();
        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());
        clock.release.countDown();

        assertThat(verifying.get(10, TimeUnit.SECONDS).valid()).isTrue(); // it was valid when Ductape answered
        int asked = fixture.verifyRequests.get();
        assertThat(verifier.verify(s.token()).valid()).isFalse();
        assertThat(fixture.verifyRequests.get()).as("the next verify asked Ductape").isEqualTo(asked + 1);
    }
}
