package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Injected faults reach the SDK as the failures they imitate, then the emulator serves normally again. */
class EmulatorFaultsTest {
    private DuctapeEmulator emulator;
    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        emulator = DuctapeEmulator.start();
        sessions = emulator.sessionsServiceBuilder().readTimeout(Duration.ofMillis(300)).maxRetries(0).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        emulator.close();
    }

    @Test
    void failNextAnswersTheStatusThenRecovers() {
        emulator.faults().failNext(2, 503);

        for (int i = 0; i < 2; i++) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.list("p"));
            assertThat(error.httpStatus()).hasValue(503);
            assertThat(error.serverCode()).hasValue("EMULATOR_FAULT");
        }
        assertThat(sessions.list("p")).isEmpty();
        assertThat(emulator.faults().injectedCount()).isEqualTo(2);
    }

    @Test
    void delayNextHoldsTheAnswerPastTheClientsTimeout() {
        emulator.faults().delayNext(1, Duration.ofMillis(1500));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.list("p"));

        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.getMessage()).contains("timed out");
        assertThat(sessions.list("p")).isEmpty();
    }

    @Test
    void aRequestStillInItsDelayDoesNotTakeAFaultSetAfterItArrived() throws InterruptedException {
        emulator.faults().delayNext(1, Duration.ofMillis(1500));
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.list("p")).httpStatus()).isEmpty();

        emulator.faults().failNext(1, 503);
        Thread.sleep(2000); // the abandoned request's delay ends meanwhile

        assertThatThrownBy(() -> sessions.list("p")).as("the fault goes to the next request, not to the delayed one")
            .isInstanceOfSatisfying(SessionError.class, error -> assertThat(error.httpStatus()).hasValue(503));
        assertThat(emulator.faults().injectedCount()).isEqualTo(2);
    }

    @Test
    void disconnectNextClosesTheConnectionWithoutAnswer() {
        emulator.faults().disconnectNext(1);

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.list("p"));

        assertThat(error.httpStatus()).isEmpty();
        assertThat(error.getCause()).isInstanceOf(IOException.class);
        assertThat(sessions.list("p")).isEmpty();
    }

    @Test
    void randomFailuresHitAboutTheirRate() {
        emulator.faults().failRandomly(0.3, 500, 7);
        int failures = 0;
        for (int i = 0; i < 200; i++) {
            try {
                sessions.list("p");
            } catch (SessionError e) {
                assertThat(e.httpStatus()).hasValue(500);
                failures++;
            }
        }
        emulator.faults().reset();

        assertThat(failures).isBetween(30, 90);
        assertThat(sessions.list("p")).isEmpty();
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> emulator.faults().failNext(1, 200)).hasMessageContaining("`status`");
        assertThatThrownBy(() -> emulator.faults().failNext(-1, 500)).hasMessageContaining("`n`");
        assertThatThrownBy(() -> emulator.faults().delayNext(1, Duration.ofSeconds(-1)))
            .hasMessageContaining("`delay`");
        assertThatThrownBy(() -> emulator.faults().failRandomly(1.5, 500, 1)).hasMessageContaining("`rate`");
    }
}
