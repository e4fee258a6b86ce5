package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.TokenDigest.TokenKey;
import app.ductape.sessions.middleware.VerifiedTokens.CachedAnswer;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verifier's answers and their index by session: forgetting a session costs what it forgets. */
class VerifiedTokensTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-25T12:00:00Z"));
    private final VerifierCounters counters = new VerifierCounters();

    private CachedAnswer answer(String sessionId) {
        long now = clock.millis();
        return new CachedAnswer(new VerifySessionResult(true, Map.of(), Optional.ofNullable(sessionId),
            Optional.empty()), now + 60_000, now + 60_000, now, null);
    }

    private static TokenKey key(int i) {
        return TokenDigest.of("user-session:token-" + i);
    }

    @Test
    void forgettingASessionForgetsAllItsTokensAndNoOtherSessions() {
        VerifiedTokens answers = new VerifiedTokens(100, clock, counters);
        answers.store(key(1), answer("s1"), answers.epoch());
        answers.store(key(2), answer("s1"), answers.epoch());
        answers.store(key(3), answer("s2"), answers.epoch());

        assertThat(answers.forgetSession("s1")).isEqualTo(2);

        assertThat(answers.keys()).containsExactly(key(3));
        assertThat(answers.indexedKeys()).isEqualTo(1);
    }

    @Test
    void anAnswerThatNamesNoSessionIsForgottenWithAnySession() {
        VerifiedTokens answers = new VerifiedTokens(100, clock, counters);
        answers.store(key(1), answer(null), answers.epoch());
        answers.store(key(2), answer("s2"), answers.epoch());

        assertThat(answers.forgetSession("s9")).isEqualTo(1);

        assertThat(answers.keys()).containsExactly(key(2));
    }

    @Test
    void anAnswerAskedForBeforeAnInvalidationIsNotStoredAfterIt() {
        VerifiedTokens answers = new VerifiedTokens(100, clock, counters);
        long epoch = answers.epoch();
        answers.forgetSession("another");

        answers.store(key(1), answer("s1"), epoch);

        assertThat(answers.keys()).isEmpty();
        assertThat(answers.indexedKeys()).isZero();
    }

    @Test
    void theIndexHoldsNoMoreKeysThanTheCacheAfterEvictions() {
        VerifiedTokens answers = new VerifiedTokens(5, clock, counters);
        for (int i = 0; i < 500; i++) {
            answers.store(key(i), answer("s" + i), answers.epoch());
        }

        assertThat(answers.keys()).hasSizeLessThanOrEqualTo(5);
        assertThat(answers.indexedKeys()).isEqualTo(answers.keys().size());
    }

    @Test
    void anEvictedAnswerCachedAgainIsStillForgottenByItsSession() {
        VerifiedTokens answers = new VerifiedTokens(2, clock, counters);
        for (int i = 0; i < 50; i++) {
            answers.store(key(i), answer("s" + i), answers.epoch());
        }
        answers.store(key(0), answer("s0"), answers.epoch());
        answers.keys();

        answers.forgetSession("s0");

        assertThat(answers.keys()).doesNotContain(key(0));
    }

    @Test
    void expiredAnswersLeaveTheIndex() {
        VerifiedTokens answers = new VerifiedTokens(100, clock, counters);
        answers.store(key(1), answer("s1"), answers.epoch());

        clock.advance(Duration.ofMinutes(2));

        assertThat(answers.keys()).isEmpty();
        assertThat(answers.indexedKeys()).isZero();
    }
}
