package app.ductape.sessions.middleware.redis;

import static app.ductape.sessions.middleware.redis.FleetFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.fleet.FleetHealth;
import app.ductape.sessions.middleware.redis.FleetFixture.Instance;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** While Redis cannot be heard, a verifier trusts an answer for the fallback staleness only, and says so. */
class OutageTest {
    private static final Duration FALLBACK = Duration.ofMillis(400);
    private final FleetFixture fleet = new FleetFixture();

    @AfterEach
    void close() {
        fleet.close();
    }

    private Instance instance() {
        return fleet.instance(builder -> builder.fallbackStaleness(FALLBACK).commandTimeout(Duration.ofMillis(500)));
    }

    private static FleetHealth health(Instance instance) {
        return instance.verifier().stats().fleet().orElseThrow();
    }

    @Test
    void aVerifierWithRedisUpStartsUp() {
        assertThat(health(instance())).isEqualTo(FleetHealth.up());
    }

    @Test
    void whenRedisIsKilledTheFleetIsDegradedWithTheReasonAndTheInstantItWasLost() {
        Instance a = instance();

        fleet.redis.kill();

        assertThat(eventually(Duration.ofSeconds(3), () -> !health(a).isUp())).isTrue();
        assertThat(health(a).state()).isEqualTo(FleetHealth.State.DEGRADED);
        assertThat(health(a).reason().orElseThrow()).contains("connection to Redis was lost");
        assertThat(health(a).since()).isPresent();
    }

    @Test
    void whileRedisIsDownAnAnswerIsReusedForTheFallbackStalenessOnly() throws Exception {
        Instance a = instance();
        StartSessionResult session = fleet.start("ada@example.com");
        a.verifier().verify(session.token());
        Thread.sleep(FALLBACK.toMillis() + 100);
        fleet.redis.kill();
        assertThat(eventually(Duration.ofSeconds(3), () -> !health(a).isUp())).isTrue();
        long before = fleet.ductapeVerifies();

        assertThat(a.verifier().verify(session.token()).valid()).isTrue();
        assertThat(fleet.ductapeVerifies()).as("older than the fallback: asked again").isEqualTo(before + 1);
        assertThat(a.verifier().verify(session.token()).valid()).isTrue();
        assertThat(fleet.ductapeVerifies()).as("younger than the fallback: reused").isEqualTo(before + 1);
    }

    @Test
    void whenRedisIsBackTheFleetIsUpAgainAndEveryAnswerOlderThanTheOutageIsForgotten() throws Exception {
        Instance a = instance();
        StartSessionResult old = fleet.start("ada@example.com");
        a.verifier().verify(old.token());
        fleet.redis.kill();
        assertThat(eventually(Duration.ofSeconds(3), () -> !health(a).isUp())).isTrue();
        StartSessionResult during = fleet.start("bob@example.com");
        a.verifier().verify(during.token());

        fleet.redis.restart();

        assertThat(eventually(Duration.ofSeconds(10), () -> health(a).isUp())).isTrue();
        assertThat(a.verifier().stats().size()).as("only the answer asked during the outage is kept").isEqualTo(1);
        long before = fleet.ductapeVerifies();
        a.verifier().verify(during.token());
        assertThat(fleet.ductapeVerifies()).isEqualTo(before);
    }

    @Test
    void aVerifierBuiltWhileRedisIsDownStartsDegradedAndIsUpWhenRedisStarts() {
        fleet.redis.kill();

        Instance a = instance();

        assertThat(health(a).state()).isEqualTo(FleetHealth.State.DEGRADED);
        assertThat(health(a).reason().orElseThrow()).contains("Redis is unreachable");
        fleet.redis.restart();
        assertThat(eventually(Duration.ofSeconds(10), () -> health(a).isUp())).isTrue();
    }

    @Test
    void aRevocationLearnedWhileRedisIsDownReachesThePeersWhenItIsBack() {
        Instance a = instance();
        Instance b = instance();
        StartSessionResult session = fleet.start("ada@example.com");
        fleet.redis.kill();
        assertThat(eventually(Duration.ofSeconds(3), () -> !health(a).isUp() && !health(b).isUp())).isTrue();
        assertThat(b.verifier().verify(session.token()).valid()).isTrue();

        a.sessions().revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(session.sessionId()).build());
        fleet.redis.restart();

        assertThat(eventually(Duration.ofSeconds(10), () -> health(a).isUp() && health(b).isUp())).isTrue();
        // b's answer was asked during the outage, so only the message sent again makes b forget it
        assertThat(eventually(Duration.ofSeconds(5), () -> b.verifier().stats().peerRevocations() == 1)).isTrue();
        long before = fleet.ductapeVerifies();
        assertThat(b.verifier().verify(session.token()).valid()).isFalse();
        assertThat(fleet.ductapeVerifies()).as("refused from the cache").isEqualTo(before);
    }
}
