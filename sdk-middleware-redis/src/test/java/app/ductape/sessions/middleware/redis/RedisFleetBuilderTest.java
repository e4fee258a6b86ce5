package app.ductape.sessions.middleware.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A fleet's settings are checked when they are set, and against the verifier when it joins; nothing connects. */
class RedisFleetBuilderTest {
    private final RedisFleet.Builder builder = RedisFleet.builder(RedisURI.create("redis://127.0.0.1:1"));

    @Test
    void aChannelWithWhitespaceOrBracesIsRefusedByName() {
        assertThatThrownBy(() -> builder.channel("a channel")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("channel").hasMessageContaining("'a channel'");
        assertThatThrownBy(() -> builder.channel("{slot}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.channel(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsThatAreNotPositiveAreRefusedByName() {
        assertThatThrownBy(() -> builder.fallbackStaleness(Duration.ZERO)).hasMessage(
            "fallbackStaleness must be positive, not PT0S");
        assertThatThrownBy(() -> builder.commandTimeout(Duration.ofMillis(-1))).hasMessageContaining("commandTimeout");
        assertThatThrownBy(() -> builder.cutoffRetention(Duration.ZERO)).hasMessageContaining("cutoffRetention");
        assertThatThrownBy(() -> builder.heartbeatInterval(Duration.ofMillis(5))).hasMessage(
            "heartbeatInterval must be at least 10 ms, not PT0.005S");
        assertThatThrownBy(() -> RedisFleet.builder((RedisURI) null)).isInstanceOf(NullPointerException.class)
            .hasMessage("uri");
    }

    @Test
    void anAnswerKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> builder.answerKey(new byte[31])).hasMessage(
            "answerKey must be at least 32 bytes, not 31");
    }

    @Test
    void theFleetNeverShowsItsPasswordOrAnswerKey() {
        RedisFleet fleet = RedisFleet.builder(RedisURI.create("redis://ops:s3cret-password@127.0.0.1:1"))
            .sharedCache(true).answerKey("an-answer-key-that-is-long-enough-32".getBytes()).build();

        assertThat(fleet.toString()).doesNotContain("s3cret-password").doesNotContain("an-answer-key");
    }

    @Test
    void aFallbackNotShorterThanTheVerifiersStalenessIsRefusedWhenTheVerifierIsBuilt() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             var sessions = emulator.newSessionsService()) {
            SessionVerifier.Builder verifier = SessionVerifier.builder(sessions).tag("user-session")
                .maxStaleness(Duration.ofSeconds(1)).fleet(builder.fallbackStaleness(Duration.ofSeconds(1)).build());

            assertThatThrownBy(verifier::build).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "fallbackStaleness (PT1S) must be shorter than the verifier's maxStaleness (PT1S)");
        }
    }
}
