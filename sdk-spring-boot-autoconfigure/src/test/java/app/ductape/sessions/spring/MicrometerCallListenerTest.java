package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.transport.CallListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The call meters are built once per set of tags, not looked up in the registry on every call. */
class MicrometerCallListenerTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerCallListener listener = new MicrometerCallListener(registry);

    @Test
    void callsWithTheSameTagsRecordIntoOneTimerBuiltOnce() {
        for (int i = 0; i < 1000; i++) {
            listener.onCompletion(new CallListener.Completion("verify", Duration.ofMillis(2), 1, Optional.empty()));
        }

        assertThat(listener.timer("verify", true, "none")).isSameAs(listener.timer("verify", true, "none"));
        assertThat(registry.get(MicrometerCallListener.CALLS).tag("operation", "verify").timer().count())
            .isEqualTo(1000);
        assertThat(registry.getMeters()).hasSize(1);
    }

    @Test
    void otherTagsGetTheirOwnTimer() {
        assertThat(listener.timer("verify", true, "none")).isNotSameAs(listener.timer("verify", false,
            "VERIFY_FAILED"));
    }
}
