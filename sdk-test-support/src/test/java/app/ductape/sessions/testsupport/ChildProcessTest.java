package app.ductape.sessions.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Every wait on a child process is bounded and says what it printed; a stop takes what it started with it. */
class ChildProcessTest {

    private static ChildProcess shell(String script) {
        return ChildProcess.start("the shell", new ProcessBuilder("sh", "-c", script));
    }

    @Test
    void awaitLineSkipsToTheMatchingLine() {
        try (ChildProcess child = shell("echo one; echo two; echo ready; sleep 30")) {
            assertThat(child.awaitLine("ready"::equals, Duration.ofSeconds(20), "ready")).isEqualTo("ready");
            assertThat(child.output()).isEqualTo("one\ntwo\nready\n");
        }
    }

    @Test
    void aLineThatNeverComesFailsInTimeWithWhatTheProcessPrinted() {
        try (ChildProcess child = shell("echo starting; echo 'port in use' >&2; sleep 30")) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> child.awaitLine("ready"::equals, Duration.ofMillis(700), "ready"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the shell printed no ready in PT0.7S")
                .hasMessageContaining("starting\nport in use");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aProcessThatEndsBeforeTheLineFailsWithItsExitCode() {
        try (ChildProcess child = shell("echo 'no such option' >&2; exit 3")) {
            assertThatThrownBy(() -> child.awaitLine("ready"::equals, Duration.ofSeconds(20), "ready"))
                .hasMessageContaining("the shell ended before it printed ready (exit code 3)")
                .hasMessageContaining("no such option");
        }
    }

    @Test
    void awaitExitGivesTheExitCodeAndTheWholeOutput() {
        try (ChildProcess child = shell("echo done; exit 4")) {
            assertThat(child.awaitExit(Duration.ofSeconds(20))).isEqualTo(4);
            assertThat(child.output()).isEqualTo("done\n");
        }
    }

    @Test
    void aProcessThatDoesNotEndInTimeIsKilledAndNamed() {
        try (ChildProcess child = shell("echo working; sleep 30")) {
            assertThatThrownBy(() -> child.awaitExit(Duration.ofMillis(500)))
                .hasMessageContaining("the shell did not end in PT0.5S and was killed");
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void anInterruptedWaitFailsAtOnceAndKeepsTheInterrupt() throws InterruptedException {
        try (ChildProcess child = shell("sleep 30")) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Boolean> interrupted = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try {
                    child.nextLine(Duration.ofSeconds(60));
                } catch (IllegalStateException e) {
                    failure.set(e);
                    interrupted.set(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            Thread.sleep(200);
            waiter.interrupt();
            waiter.join(10_000);

            assertThat(failure.get()).hasMessageContaining("was interrupted");
            assertThat(interrupted.get()).isTrue();
        }
    }

    @Test
    void closeStopsTheProcessAndWhatItStarted() {
        ChildProcess child = shell("sleep 31 & sleep 32 & echo started; wait");
        child.awaitLine("started"::equals, Duration.ofSeconds(20), "started");
        List<ProcessHandle> sleeps = sleepsOnceBothExeced();
        assertThat(sleeps).hasSize(2);

        child.close();

        assertThat(child.isAlive()).isFalse();
        assertThat(sleeps).noneMatch(ProcessTree::running);
    }

    /** The two sleeps: a forked shell may print before its background children have exec'd {@code sleep}. */
    private static List<ProcessHandle> sleepsOnceBothExeced() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ProcessHandle> sleeps;
        do {
            sleeps = ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").matches(".*sleep 3[12]")).toList();
            if (sleeps.size() < 2) {
                Thread.onSpinWait();
            }
        } while (sleeps.size() < 2 && System.nanoTime() < until);
        return sleeps;
    }

    @Test
    void aKilledProcessIsNoLongerAliveWhenKillReturns() {
        for (int run = 0; run < 20; run++) {
            ChildProcess child = shell("echo started; sleep 30");
            child.awaitLine("started"::equals, Duration.ofSeconds(20), "started");

            child.kill();

            assertThat(child.isAlive()).as("run %d", run).isFalse();
        }
    }

    @Test
    void closeKillsAProcessThatIgnoresSigterm() {
        ChildProcess child = shell("trap '' TERM; echo started; sleep 30");
        child.awaitLine("started"::equals, Duration.ofSeconds(20), "started");

        child.close();

        assertThat(child.isAlive()).isFalse();
    }

    @Test
    void aChildJvmRunsOnThisClassPath() {
        try (ChildProcess child = ChildProcess.start("a child JVM", ChildProcess.java(PrintsItsArguments.class, "a",
            "b"))) {
            assertThat(child.awaitExit(Duration.ofSeconds(60))).isZero();
            assertThat(child.output()).isEqualTo("a b\n");
        }
    }

    /** A main for {@link #aChildJvmRunsOnThisClassPath()}. */
    static final class PrintsItsArguments {
        public static void main(String[] args) {
            System.out.println(String.join(" ", args));
        }
    }
}
