package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The verifier's cache, coalescing, revocation and failure rules, against the emulator over real HTTP. */
class SessionVerifierTest {
    private final VerifierFixture fixture = new VerifierFixture();

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aValidAnswerIsReusedWithoutAnotherRequest() {
        SessionVerifier verifier = fixture.verifier().build();
        StartSessionResult s = fixture.start("ada@example.com");

        VerifySessionResult first = verifier.verify(s.token());
        VerifySessionResult second = verifier.verify(s.token());

        assertThat(first.valid()).isTrue();
        assertThat(second).isEqualTo(first);
        assertThat(first.data()).containsEntry("email", "ada@example.com");
        assertThat(fixture.verifyRequests).hasValue(1);
        assertThat(verifier.stats().hits()).isEqualTo(1);
        assertThat(verifier.stats().misses()).isEqualTo(1);
    }

    @Test
    void anAnswerIsReusedForAtMostMaxStaleness() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofSeconds(30)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verify(s.token());

        fixture.clock.advance(Duration.ofSeconds(29));
        verifier.verify(s.token());
        assertThat(fixture.verifyRequests).hasValue(1);

        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(verifier.verify(s.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests).hasValue(2);
    }

    @Test
    void anAnswerIsNeverReusedPastTheTokensExpiry() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        StartSessionResult s = fixture.start("ada@example.com", Duration.ofSeconds(10));
        assertThat(verifier.verify(s.token()).valid()).isTrue();

        fixture.clock.advance(Duration.ofSeconds(11));

        assertThat(verifier.verify(s.token()).valid()).isFalse();
        assertThat(fixture.verifyRequests).hasValue(2);
    }

    @Test
    void zeroStalenessCachesNothing() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ZERO).build();
        StartSessionResult s = fixture.start("ada@example.com");

        verifier.verify(s.token());
        verifier.verify(s.token());

        assertThat(fixture.verifyRequests).hasValue(2);
        assertThat(verifier.cachedKeys()).isEmpty();
    }

    @Test
    void invalidAnswersAreNotCachedByDefault() {
        SessionVerifier verifier = fixture.verifier().build();
        String forged = fixture.start("ada@example.com").token() + "x";

        assertThat(verifier.verify(forged).valid()).isFalse();
        assertThat(verifier.verify(forged).valid()).isFalse();

        assertThat(fixture.verifyRequests).hasValue(2);
    }

    @Test
    void negativeCachingReusesAnInvalidAnswerForItsOwnShortBoundOnly() {
        SessionVerifier verifier = fixture.verifier().negativeCaching(Duration.ofSeconds(2)).build();
        String forged = fixture.start("ada@example.com").token() + "x";

        verifier.verify(forged);
        verifier.verify(forged);
        assertThat(fixture.verifyRequests).hasValue(1);

        fixture.clock.advance(Duration.ofSeconds(3));
        assertThat(verifier.verify(forged).valid()).isFalse();
        assertThat(fixture.verifyRequests).hasValue(2);
        assertThatThrownBy(() -> fixture.verifier().negativeCaching(Duration.ofSeconds(11)))
            .hasMessageContaining("`negativeCaching`");
    }

    @Test
    void aRevokedTokenIsNotCachedAsValid() {
        SessionVerifier verifier = fixture.verifier().followRevocations(false).maxStaleness(Duration.ZERO).build();
        StartSessionResult s = fixture.start("ada@example.com");
        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        assertThat(verifier.verify(s.token()).valid()).isFalse();
        assertThat(verifier.verify(s.token()).valid()).isFalse();
        assertThat(verifier.cachedKeys()).isEmpty();
    }

    @Test
    void theCacheHoldsDigestsNotTokens() throws Exception {
        SessionVerifier verifier = fixture.verifier().build();
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verify(s.token());

        assertThat(verifier.cachedKeys()).hasSize(1).allSatisfy(key -> {
            assertThat(key.toString()).doesNotContain(s.token()).doesNotContain(s.token().substring(20, 40));
            for (Field field : key.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    assertThat(field.getType()).as(field.getName()).isEqualTo(long.class);
                }
            }
        });
        assertThat(verifier.toString()).doesNotContain(s.token());
    }

    @Test
    void distinctTokensNeverShareAnEntry() {
        SessionVerifier verifier = fixture.verifier().build();
        StartSessionResult ada = fixture.start("ada@example.com");
        StartSessionResult grace = fixture.start("grace@example.com");

        assertThat(verifier.verify(ada.token()).data()).containsEntry("email", "ada@example.com");
        assertThat(verifier.verify(grace.token()).data()).containsEntry("email", "grace@example.com");
        assertThat(verifier.verify(ada.token()).data()).containsEntry("email", "ada@example.com");
        assertThat(verifier.cachedKeys()).hasSize(2);
    }

    @Test
    void memoryIsBoundedByMaxEntries() {
        SessionVerifier verifier = fixture.verifier().maxEntries(5).build();
        for (int i = 0; i < 30; i++) {
            verifier.verify(fixture.start("user" + i + "@example.com").token());
        }

        assertThat(verifier.cachedKeys().size()).isLessThanOrEqualTo(5);
        assertThat(verifier.stats().evictions()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void aThousandThreadsVerifyingOneNewTokenMakeOneRequest() throws Exception {
        SessionVerifier verifier = fixture.verifier().build();
        String token = fixture.start("ada@example.com").token();
        fixture.emulator.faults().delayNext(1, Duration.ofMillis(500));

        assertThat(verifyAtOnce(verifier, token, 1000)).hasSize(1000).allMatch(VerifySessionResult::valid);

        assertThat(fixture.verifyRequests).hasValue(1);
        VerifierStats stats = verifier.stats();
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.hits() + stats.coalescedWaits()).isEqualTo(999);
        assertThat(stats.coalescedWaits()).isPositive();
    }

    @Test
    void concurrentVerificationsOfOneTokenShareOneRequestWithoutACacheToo() throws Exception {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ZERO).build();
        String token = fixture.start("ada@example.com").token();
        fixture.emulator.faults().delayNext(1, Duration.ofMillis(500));

        assertThat(verifyAtOnce(verifier, token, 50)).hasSize(50).allMatch(VerifySessionResult::valid);

        assertThat(fixture.verifyRequests).hasValue(1);
        assertThat(verifier.cachedKeys()).isEmpty();
    }

    /** {@code threads} threads released together, each verifying {@code token} once: their answers. */
    private static List<VerifySessionResult> verifyAtOnce(SessionVerifier verifier, String token, int threads)
        throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<VerifySessionResult>> pending = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                pending.add(pool.submit(() -> {
                    go.await();
                    return verifier.verify(token);
                }));
            }
            go.countDown();
            List<VerifySessionResult> answers = new ArrayList<>();
            for (Future<VerifySessionResult> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRevokeThroughTheSameClientRefusesThatSessionAtOnceWithoutAskingDuctape() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        StartSessionResult other = fixture.start("grace@example.com");
        verifier.verify(s.token());
        verifier.verify(other.token());

        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        assertThat(verifier.verify(s.token()).valid()).isFalse();
        assertThat(verifier.verify(other.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests).as("an ended session is refused from the cache").hasValue(2);
        assertThat(verifier.stats().invalidations()).isEqualTo(1);
    }

    @Test
    void invalidateSessionForgetsThatSessionSoThatItsNextVerificationAsksDuctape() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verify(s.token());

        verifier.invalidateSession(s.sessionId());

        assertThat(verifier.verify(s.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests).hasValue(2);
    }

    @Test
    void aRevokeAllForgetsEveryEntryOfTheTag() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        StartSessionResult other = fixture.start("grace@example.com");
        verifier.verify(s.token());
        verifier.verify(other.token());

        fixture.sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session")
            .identifier("ada@example.com").build());

        assertThat(verifier.verify(s.token()).valid()).isFalse();
        assertThat(verifier.verify(other.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests).as("the verifier cannot tell whose: every entry is asked again")
            .hasValue(4);
    }

    @Test
    void aRevokeAllThatKeepsTheCurrentSessionKeepsItsCachedAnswer() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        StartSessionResult laptop = fixture.start("ada@example.com");
        StartSessionResult phone = fixture.start("ada@example.com");
        verifier.verify(laptop.token());
        verifier.verify(phone.token());

        fixture.sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session")
            .identifier("ada@example.com").excludeCurrentSession(laptop.sessionId()).build());

        assertThat(verifier.verify(laptop.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests).as("the kept session is answered from the cache").hasValue(2);
        assertThat(verifier.verify(phone.token()).valid()).isFalse();
        assertThat(fixture.verifyRequests).as("the other, whose user the verifier cannot tell, is asked again")
            .hasValue(3);
    }

    @Test
    void aClosedVerifierNoLongerFollowsTheClientsRevocations() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verify(s.token());

        verifier.close();
        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        assertThat(verifier.cachedKeys()).hasSize(1);
        assertThat(verifier.stats().invalidations()).isZero();
    }

    @Test
    void aRevocationOfAnotherTagLeavesTheCacheAlone() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).build();
        verifier.verify(fixture.start("ada@example.com").token());

        fixture.sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("checkout-session")
            .identifier("ada@example.com").build());

        assertThat(verifier.cachedKeys()).hasSize(1);
    }

    @Test
    void invalidateSessionAndInvalidateAllForgetOnRequest() {
        SessionVerifier verifier = fixture.verifier().build();
        StartSessionResult s = fixture.start("ada@example.com");
        StartSessionResult other = fixture.start("grace@example.com");
        verifier.verify(s.token());
        verifier.verify(other.token());

        verifier.invalidateSession(s.sessionId());
        assertThat(verifier.cachedKeys()).hasSize(1);
        verifier.invalidateAll();
        assertThat(verifier.cachedKeys()).isEmpty();
    }

    @Test
    void whenDuctapeFailsVerifyFailsClosed() {
        SessionVerifier verifier = fixture.verifier().build();
        String token = fixture.start("ada@example.com").token();
        fixture.emulator.faults().failNext(1, 503);

        SessionError error = catchThrowableOfType(SessionError.class, () -> verifier.verify(token));

        assertThat(error.httpStatus()).hasValue(503);
        assertThat(verifier.stats().errorsByCode()).containsEntry("VERIFY_FAILED", 1L);
        assertThat(verifier.cachedKeys()).isEmpty();
    }

    @Test
    void whenDuctapeIsUnreachableVerifyFailsClosed() {
        SessionVerifier verifier = fixture.verifier().build();
        String token = fixture.start("ada@example.com").token();
        fixture.emulator.close();

        SessionError error = catchThrowableOfType(SessionError.class, () -> verifier.verify(token));

        assertThat(error.httpStatus()).isEmpty();
    }

    @Test
    void serveStaleOnErrorAnswersWithinItsWindowButNeverPastTheTokensExpiry() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofSeconds(30))
            .serveStaleOnError(Duration.ofMinutes(2)).build();
        StartSessionResult s = fixture.start("ada@example.com", Duration.ofSeconds(60));
        verifier.verify(s.token());

        fixture.clock.advance(Duration.ofSeconds(40));
        fixture.emulator.faults().failNext(1, 503);
        assertThat(verifier.verify(s.token()).valid()).as("stale but within the window").isTrue();
        assertThat(verifier.stats().staleServed()).isEqualTo(1);

        fixture.clock.advance(Duration.ofSeconds(25));
        fixture.emulator.faults().failNext(1, 503);
        assertThatThrownBy(() -> verifier.verify(s.token())).as("past the token's expiry")
            .isInstanceOf(SessionError.class);
    }

    @Test
    void aStaleAnswerIsNotServedOnAClientError() {
        SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofSeconds(30))
            .serveStaleOnError(Duration.ofMinutes(2)).build();
        StartSessionResult s = fixture.start("ada@example.com");
        verifier.verify(s.token());
        fixture.clock.advance(Duration.ofSeconds(40));
        fixture.emulator.faults().failNext(1, 401);

        assertThatThrownBy(() -> verifier.verify(s.token())).isInstanceOf(SessionError.class);
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        assertThatThrownBy(() -> SessionVerifier.builder(fixture.sessions).build()).hasMessageContaining("`tag`");
        assertThatThrownBy(() -> fixture.verifier().maxEntries(0)).hasMessageContaining("`maxEntries`");
        assertThatThrownBy(() -> fixture.verifier().maxStaleness(Duration.ofSeconds(-1)))
            .hasMessageContaining("`maxStaleness`");
        try (var bare = fixture.emulator.sessionsServiceBuilder().env(null).build()) {
            assertThatThrownBy(() -> SessionVerifier.builder(bare).tag("user-session").build())
                .hasMessageContaining("`env`");
        }
        assertThatThrownBy(() -> fixture.verifier().build().verify(" ")).hasMessageContaining("`token`");
    }
}
