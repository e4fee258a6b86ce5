package app.ductape.sessions.middleware.redis;

import static app.ductape.sessions.middleware.redis.FleetFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.middleware.redis.FleetFixture.Instance;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** With {@code sharedCache(true)}, a miss reads Redis before it asks Ductape, and revocations delete what they name. */
class SharedCacheTest {
    private final FleetFixture fleet = new FleetFixture();
    private final Instance a = fleet.sharing();
    private final Instance b = fleet.sharing();

    @AfterEach
    void close() {
        fleet.close();
    }

    private static String hash(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private String answerKey(String token) throws Exception {
        return "{ductape:sessions:my-product:" + fleet.emulator.defaultEnv().orElseThrow() + ":user-session}:answer:"
            + hash(token);
    }

    private boolean shared(String token) throws Exception {
        return fleet.redisCommands().exists(answerKey(token)) == 1;
    }

    @Test
    void aSecondInstanceTakesTheFirstInstancesAnswerInsteadOfAskingDuctape() throws Exception {
        StartSessionResult session = fleet.start("ada@example.com");
        long before = fleet.ductapeVerifies();

        assertThat(a.verifier().verify(session.token()).valid()).isTrue();
        assertThat(eventually(Duration.ofSeconds(2), () -> uncheckedShared(session.token()))).isTrue();
        var answer = b.verifier().verify(session.token());

        assertThat(answer.valid()).isTrue();
        assertThat(answer.sessionId()).contains(session.sessionId());
        assertThat(answer.data()).containsEntry("email", "ada@example.com");
        assertThat(fleet.ductapeVerifies() - before).isEqualTo(1);
        assertThat(b.verifier().stats().sharedHits()).isEqualTo(1);
    }

    private boolean uncheckedShared(String token) {
        try {
            return shared(token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void verifyAsyncTakesAPeersSharedAnswerWithoutAskingDuctape() {
        StartSessionResult session = fleet.start("ada@example.com");
        a.verifier().verify(session.token());
        long before = fleet.ductapeVerifies();

        var answer = b.verifier().verifyAsync(session.token()).join();

        assertThat(answer.valid()).isTrue();
        assertThat(answer.sessionId()).contains(session.sessionId());
        assertThat(fleet.ductapeVerifies()).isEqualTo(before);
        assertThat(b.verifier().stats().sharedHits()).isEqualTo(1);
    }

    @Test
    void anAnswerWrittenToRedisWithoutTheFleetsSignatureMakesNoTokenValid() throws Exception {
        String forged = "attacker-chosen-token-" + System.nanoTime();
        String json = "{\"v\":1,\"data\":{\"email\":\"admin@example.com\"},\"sessionId\":\"s\",\"askedAt\":"
            + System.currentTimeMillis() + ",\"freshUntil\":" + (System.currentTimeMillis() + 20_000) + "}";
        fleet.redisCommands().set(answerKey(forged), json, io.lettuce.core.SetArgs.Builder.px(20_000));
        fleet.redisCommands().set(answerKey(forged + "2"), "AAAA." + json, io.lettuce.core.SetArgs.Builder.px(20_000));

        assertThat(b.verifier().verify(forged).valid()).isFalse();
        assertThat(b.verifier().verify(forged + "2").valid()).isFalse();
        assertThat(b.verifier().stats().sharedHits()).isZero();
    }

    @Test
    void aSignedAnswerCopiedUnderAnotherTokensKeyMakesThatTokenNotValid() throws Exception {
        StartSessionResult ada = fleet.start("ada@example.com");
        a.verifier().verify(ada.token());
        assertThat(eventually(Duration.ofSeconds(2), () -> uncheckedShared(ada.token()))).isTrue();
        String forged = "attacker-chosen-token-" + System.nanoTime();

        fleet.redisCommands().set(answerKey(forged), fleet.redisCommands().get(answerKey(ada.token())),
            io.lettuce.core.SetArgs.Builder.px(20_000));

        assertThat(b.verifier().verify(forged).valid()).isFalse();
        assertThat(b.verifier().stats().sharedHits()).isZero();
    }

    @Test
    void sharingAnswersWithoutAnAnswerKeyIsRefusedWhenTheFleetIsBuilt() {
        assertThatThrownBy(() -> RedisFleet.builder(fleet.redis.uri()).sharedCache(true).build())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("answerKey");
    }

    @Test
    void theSharedAnswerLivesNoLongerThanTheStalenessBoundAndHoldsNoToken() throws Exception {
        StartSessionResult session = fleet.start("ada@example.com");
        a.verifier().verify(session.token());
        assertThat(eventually(Duration.ofSeconds(2), () -> uncheckedShared(session.token()))).isTrue();

        long ttl = fleet.redisCommands().pttl(answerKey(session.token()));
        assertThat(ttl).isPositive().isLessThanOrEqualTo(FleetFixture.MAX_STALENESS.toMillis());
        List<String> keys = fleet.redisCommands().keys("*");
        for (String key : keys) {
            assertThat(key).doesNotContain(session.token());
            if (fleet.redisCommands().type(key).equals("string")) {
                assertThat(fleet.redisCommands().get(key)).doesNotContain(session.token());
            }
        }
    }

    @Test
    void anInvalidAnswerIsNeverShared() throws Exception {
        String token = "not-a-token-" + System.nanoTime();

        assertThat(a.verifier().verify(token).valid()).isFalse();

        Thread.sleep(200);
        assertThat(shared(token)).isFalse();
    }

    @Test
    void aRevokeDeletesTheSharedAnswersOfItsSession() throws Exception {
        StartSessionResult session = fleet.start("ada@example.com");
        a.verifier().verify(session.token());
        assertThat(eventually(Duration.ofSeconds(2), () -> uncheckedShared(session.token()))).isTrue();

        b.sessions().revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(session.sessionId()).build());

        assertThat(shared(session.token())).isFalse();
        assertThat(eventually(Duration.ofSeconds(2), () -> !a.verifier().verify(session.token()).valid())).isTrue();
    }

    @Test
    void aRevokeAllDeletesTheSharedAnswersOfItsUserAndKeepsTheOthers() throws Exception {
        StartSessionResult ada = fleet.start("ada@example.com");
        StartSessionResult bob = fleet.start("bob@example.com");
        a.verifier().verify(ada.token());
        a.verifier().verify(bob.token());
        assertThat(eventually(Duration.ofSeconds(2), () -> uncheckedShared(ada.token()) && uncheckedShared(bob.token())))
            .isTrue();

        b.sessions().revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com")
            .build());

        assertThat(shared(ada.token())).isFalse();
        assertThat(shared(bob.token())).isTrue();
    }

    @Test
    void anInstanceThatJoinsAfterAUsersCutoffRefusesASharedAnswerAskedBeforeIt() throws Exception {
        StartSessionResult ada = fleet.start("ada@example.com");
        a.verifier().verify(ada.token());
        assertThat(eventually(Duration.ofSeconds(2), () -> uncheckedShared(ada.token()))).isTrue();
        String stored = fleet.redisCommands().get(answerKey(ada.token()));
        b.sessions().revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com")
            .build());
        // a writer that missed the cutoff puts the old answer back
        fleet.redisCommands().set(answerKey(ada.token()), stored, io.lettuce.core.SetArgs.Builder.px(20_000));
        long before = fleet.ductapeVerifies();

        Instance late = fleet.sharing();

        assertThat(late.verifier().verify(ada.token()).valid()).isFalse();
        assertThat(late.verifier().stats().sharedHits()).isZero();
        assertThat(fleet.ductapeVerifies()).isEqualTo(before + 1);
    }

    @Test
    void anAnswerAskedBeforeAUsersCutoffIsNotSharedAfterIt() throws Exception {
        StartSessionResult ada = fleet.start("ada@example.com");
        Instant askedBefore = Instant.now().minusSeconds(1);
        b.sessions().revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com")
            .build());
        var keys = new FleetKeys("ductape:sessions:my-product:" + fleet.emulator.defaultEnv().orElseThrow()
            + ":user-session");
        var settings = new LinkSettings(null, true, new javax.crypto.spec.SecretKeySpec(FleetFixture.ANSWER_KEY,
            "HmacSHA256"), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofDays(1), Duration.ofMillis(250));
        var member = new QuietMember(FleetFixture.MAX_STALENESS);
        try (var client = io.lettuce.core.RedisClient.create(fleet.redis.uri()); var connection = client.connect()) {
            var calls = new RedisCalls(keys, settings, member, () -> connection);
            var result = new app.ductape.sessions.model.VerifySessionResult(true, java.util.Map.of("email",
                "ada@example.com"), java.util.Optional.of(ada.sessionId()), java.util.Optional.empty());

            calls.share(hash(ada.token()), new app.ductape.sessions.middleware.fleet.SharedAnswer(result, askedBefore,
                askedBefore.plusSeconds(30), java.util.Optional.of("ada@example.com")));

            Thread.sleep(200);
            assertThat(shared(ada.token())).isFalse();
        }
    }
}
