package app.ductape.sessions.middleware.redis;

import static app.ductape.sessions.middleware.redis.FleetFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.redis.FleetFixture.Instance;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Revocations learned by one instance reach the others on the same Redis channel, once each. */
class BroadcastTest {
    private final FleetFixture fleet = new FleetFixture();
    private final Instance a = fleet.instance();
    private final Instance b = fleet.instance();

    @AfterEach
    void close() {
        fleet.close();
    }

    @Test
    void aRevokeByOneInstanceIsRefusedByTheOtherWithinMilliseconds() {
        StartSessionResult session = fleet.start("ada@example.com");
        assertThat(b.verifier().verify(session.token()).valid()).isTrue();

        a.sessions().revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(session.sessionId()).build());

        assertThat(eventually(Duration.ofSeconds(2), () -> !b.verifier().verify(session.token()).valid())).isTrue();
        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().peerRevocations() == 1)).isTrue();
    }

    @Test
    void anInstanceNeverAppliesItsOwnMessageAsAPeersRevocation() {
        StartSessionResult session = fleet.start("ada@example.com");
        b.verifier().verify(session.token());

        a.sessions().revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(session.sessionId()).build());

        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().peerRevocations() == 1)).isTrue();
        assertThat(a.verifier().stats().peerRevocations()).isZero();
    }

    @Test
    void aRevokeAllOfOneUserRefusesThatUsersTokensWithoutAskingAndKeepsTheOthers() {
        StartSessionResult ada = fleet.start("ada@example.com");
        StartSessionResult bob = fleet.start("bob@example.com");
        b.verifier().verify(ada.token());
        b.verifier().verify(bob.token());
        long verifies = fleet.ductapeVerifies();

        a.sessions().revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com")
            .build());

        assertThat(eventually(Duration.ofSeconds(2), () -> !b.verifier().verify(ada.token()).valid())).isTrue();
        assertThat(b.verifier().verify(bob.token()).valid()).isTrue();
        assertThat(fleet.ductapeVerifies()).as("ada's token refused from the cache, bob's answer still cached")
            .isEqualTo(verifies);
    }

    @Test
    void aRevokeAllThatKeepsTheCurrentSessionKeepsItsAnswerOnTheOtherInstance() {
        StartSessionResult laptop = fleet.start("ada@example.com");
        StartSessionResult phone = fleet.start("ada@example.com");
        b.verifier().verify(laptop.token());
        b.verifier().verify(phone.token());
        long verifies = fleet.ductapeVerifies();

        a.sessions().revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("ada@example.com")
            .excludeCurrentSession(laptop.sessionId()).build());

        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().peerRevocations() == 1)).isTrue();
        assertThat(b.verifier().verify(phone.token()).valid()).isFalse();
        assertThat(b.verifier().verify(laptop.token()).valid()).isTrue();
        assertThat(fleet.ductapeVerifies()).as("both answered from b's cache: the phone refused, the laptop kept")
            .isEqualTo(verifies);
    }

    @Test
    void invalidateAllOnOneInstanceForgetsEveryAnswerOnTheOthers() {
        StartSessionResult session = fleet.start("ada@example.com");
        b.verifier().verify(session.token());

        a.verifier().invalidateAll();

        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().size() == 0)).isTrue();
        long verifies = fleet.ductapeVerifies();
        assertThat(b.verifier().verify(session.token()).valid()).isTrue();
        assertThat(fleet.ductapeVerifies()).isEqualTo(verifies + 1);
    }

    @Test
    void invalidateSessionOnOneInstanceForgetsThatSessionOnTheOthers() {
        StartSessionResult ada = fleet.start("ada@example.com");
        StartSessionResult bob = fleet.start("bob@example.com");
        b.verifier().verify(ada.token());
        b.verifier().verify(bob.token());

        a.verifier().invalidateSession(ada.sessionId());

        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().size() == 1)).isTrue();
    }

    @Test
    void messagesThatDoNotParseOrHaveAnUnknownVersionAreLoggedAndIgnored() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        ((Logger) LoggerFactory.getLogger(RedisFleetLink.class)).addAppender(log);
        StartSessionResult session = fleet.start("ada@example.com");
        b.verifier().verify(session.token());
        String channel = "ductape:sessions:my-product:" + fleet.emulator.defaultEnv().orElseThrow() + ":user-session";
        String at = Instant.now().toString();

        fleet.redisCommands().publish(channel, "not json");
        fleet.redisCommands().publish(channel, "{\"v\":2,\"origin\":\"x\",\"tag\":\"user-session\",\"kind\":\"all\","
            + "\"at\":\"" + at + "\"}");
        fleet.redisCommands().publish(channel, "{\"v\":1,\"tag\":\"user-session\",\"kind\":\"all\",\"at\":\"" + at
            + "\"}");
        fleet.redisCommands().publish(channel, "{\"v\":1,\"origin\":\"x\",\"tag\":\"user-session\",\"kind\":\"every\","
            + "\"at\":\"" + at + "\"}");

        assertThat(eventually(Duration.ofSeconds(2), () -> log.list.size() >= 8)).as("%s", log.list).isTrue();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
            .anyMatch(line -> line.contains("it is not JSON"))
            .anyMatch(line -> line.contains("its version is 2, not 1"))
            .anyMatch(line -> line.contains("'origin' is missing"))
            .anyMatch(line -> line.contains("kind 'every'"));
        assertThat(b.verifier().stats().peerRevocations()).isZero();
        assertThat(b.verifier().stats().size()).isEqualTo(1);

        fleet.redisCommands().publish(channel, "{\"v\":1,\"origin\":\"x\",\"tag\":\"user-session\",\"kind\":\"all\","
            + "\"at\":\"" + at + "\"}");
        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().size() == 0))
            .as("a well-formed message after them is applied").isTrue();
    }

    @Test
    void aMessageOfAnotherTagOnTheChannelIsIgnored() {
        StartSessionResult session = fleet.start("ada@example.com");
        b.verifier().verify(session.token());
        String channel = "ductape:sessions:my-product:" + fleet.emulator.defaultEnv().orElseThrow() + ":user-session";

        fleet.redisCommands().publish(channel, "{\"v\":1,\"origin\":\"x\",\"tag\":\"admin-session\",\"kind\":\"all\","
            + "\"at\":\"" + Instant.now() + "\"}");
        fleet.redisCommands().publish(channel, "{\"v\":1,\"origin\":\"y\",\"tag\":\"user-session\",\"kind\":\"session\","
            + "\"sessionId\":\"another\",\"at\":\"" + Instant.now() + "\"}");

        assertThat(eventually(Duration.ofSeconds(2), () -> b.verifier().stats().peerRevocations() == 1)).isTrue();
        assertThat(b.verifier().stats().size()).isEqualTo(1);
    }
}
