package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code verifyAsync}: the cache and the rules of {@code verify}, never a request on the caller's thread. */
class AsyncVerifierTest {
    private final VerifierFixture fixture = new VerifierFixture();
    private final SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();

    @AfterEach
    void close() {
        verifier.close();
        fixture.close();
    }

    @Test
    void aHitIsAnAlreadyCompletedFuture() {
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verify(s.token());

        CompletableFuture<VerifySessionResult> answer = verifier.verifyAsync(s.token());

        assertThat(answer).isDone();
        assertThat(answer.join().data()).containsEntry("email", "ada@example.com");
        assertThat(fixture.verifyRequests).hasValue(1);
        assertThat(verifier.stats().hits()).isEqualTo(1);
    }

    @Test
    void aMissReturnsBeforeDuctapeAnswersAndIsCachedForVerify() {
        StartSessionResult s = fixture.start("ada@example.com");
        fixture.emulator.faults().delayNext(1, Duration.ofSeconds(1));

        CompletableFuture<VerifySessionResult> answer = verifier.verifyAsync(s.token());

        assertThat(answer).as("the caller's thread does not wait for Ductape").isNotDone();
        assertThat(answer.join().valid()).isTrue();
        assertThat(verifier.verify(s.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests).hasValue(1);
    }

    @Test
    void fiveHundredVerifyAndFiveHundredVerifyAsyncCallsOnOneNewTokenMakeOneRequest() throws Exception {
        StartSessionResult s = fixture.start("ada@example.com");
        fixture.emulator.faults().delayNext(1, Duration.ofMillis(500));
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<CompletableFuture<VerifySessionResult>> async = new ArrayList<>();
            List<Future<VerifySessionResult>> blocking = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                async.add(verifier.verifyAsync(s.token()));
                blocking.add(pool.submit(() -> verifier.verify(s.token())));
            }
            for (int i = 0; i < 500; i++) {
                assertThat(async.get(i).join().valid()).isTrue();
                assertThat(blocking.get(i).get().valid()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.verifyRequests).hasValue(1);
    }

    @Test
    void cancellingOneCallersFutureLeavesTheOthersAnswer() {
        StartSessionResult s = fixture.start("ada@example.com");
        fixture.emulator.faults().delayNext(1, Duration.ofMillis(300));
        CompletableFuture<VerifySessionResult> first = verifier.verifyAsync(s.token());
        CompletableFuture<VerifySessionResult> second = verifier.verifyAsync(s.token());

        first.cancel(false);

        assertThat(second.join().valid()).isTrue();
        assertThat(verifier.verify(s.token()).valid()).as("the answer was cached all the same").isTrue();
        assertThat(fixture.verifyRequests).hasValue(1);
    }

    @Test
    void anUnavailableDuctapeFailsTheFutureWithTheSessionError() {
        StartSessionResult s = fixture.start("ada@example.com");
        fixture.emulator.faults().failNext(1, 503);

        CompletableFuture<VerifySessionResult> answer = verifier.verifyAsync(s.token());

        assertThatThrownBy(answer::join).isInstanceOf(CompletionException.class).cause()
            .isInstanceOfSatisfying(SessionError.class, e -> assertThat(e.isUnavailable()).isTrue());
        assertThat(verifier.stats().errorsByCode()).isNotEmpty();
    }

    @Test
    void serveStaleOnErrorAnswersAsyncWithinItsWindow() {
        SessionVerifier stale = fixture.verifier().maxStaleness(Duration.ofSeconds(10))
            .serveStaleOnError(Duration.ofSeconds(30)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        stale.verify(s.token());
        fixture.clock.advance(Duration.ofSeconds(11));
        fixture.emulator.faults().failNext(1, 503);

        assertThat(stale.verifyAsync(s.token()).join().valid()).isTrue();
        assertThat(stale.stats().staleServed()).isEqualTo(1);
        stale.close();
    }

    @Test
    void aRevokedSessionIsRefusedAtOnce() {
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verifyAsync(s.token()).join();

        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        CompletableFuture<VerifySessionResult> answer = verifier.verifyAsync(s.token());
        assertThat(answer).isDone();
        assertThat(answer.join().valid()).isFalse();
    }

    @Test
    void aTokenOfAnotherTagIsRefusedWithoutAsking() {
        assertThat(verifier.verifyAsync("admin-session:abc").join().valid()).isFalse();
        assertThat(fixture.verifyRequests).hasValue(0);
    }

    @Test
    void aBlankTokenIsRefusedBeforeAnythingIsAsked() {
        assertThatThrownBy(() -> verifier.verifyAsync(" ")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("`token` is required");
        assertThatThrownBy(() -> verifier.verifyAsync(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
