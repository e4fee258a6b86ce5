package app.ductape.sessions.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSessionListener;

/** What the tests leave running is stopped and named when they end. */
class ProcessReaperTest {

    @Test
    void junitFindsTheReaper() {
        assertThat(ServiceLoader.load(LauncherSessionListener.class).stream().map(ServiceLoader.Provider::type))
            .contains(ProcessReaper.class);
    }

    @Test
    void aProcessLeftRunningIsStoppedAndNamed() throws Exception {
        Process leftover = new ProcessBuilder("sleep", "41").start();

        List<String> stopped = ProcessReaper.stopLeftovers(Duration.ofSeconds(5));

        assertThat(leftover.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(stopped).anyMatch(process -> process.startsWith(leftover.pid() + " ") && process.contains("sleep"));
    }

    @Test
    void aProcessSeenUnderTheJvmAndHandedToInitSinceIsStoppedToo() throws Exception {
        Process parent = new ProcessBuilder("sh", "-c", "sleep 43 & echo $!; read _").start();
        long orphan = Long.parseLong(new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()))
            .readLine().trim());
        ProcessReaper.noteDescendants();
        parent.getOutputStream().close(); // the shell ends; its sleep goes to init, out of this JVM's tree
        assertThat(parent.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        ProcessHandle sleep = ProcessHandle.of(orphan).orElseThrow();
        assertThat(ProcessHandle.current().descendants()).doesNotContain(sleep);

        List<String> stopped = ProcessReaper.stopLeftovers(Duration.ofSeconds(5));

        // the JDK gives a process its arguments only when /proc shows them at that moment: the name suffices
        assertThat(stopped).anyMatch(process -> process.startsWith(orphan + " ") && process.contains("sleep"));
        assertThat(ProcessTree.running(sleep)).isFalse();
    }

    @Test
    void whatAKilledJvmStartedIsKilledByItsTether() throws Exception {
        try (ChildProcess jvm = ChildProcess.start("a tethered JVM", ChildProcess.java(TetheredJvm.class))) {
            long sleep = Long.parseLong(jvm.awaitLine(line -> line.startsWith("sleep "), Duration.ofSeconds(60),
                "the pid of its sleep").substring("sleep ".length()));
            ProcessHandle started = ProcessHandle.of(sleep).orElseThrow();
            Thread.sleep(2_000); // the tether notes the JVM's processes once a second

            ProcessHandle.of(jvm.pid()).orElseThrow().destroyForcibly(); // the JVM alone: no hook runs

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ProcessTree.running(started) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            try {
                assertThat(ProcessTree.running(started)).as("the sleep the killed JVM started").isFalse();
            } finally {
                started.destroyForcibly();
            }
        }
    }

    /** A test JVM in miniature: the reaper's session opened, a process started, then nothing. */
    static final class TetheredJvm {
        public static void main(String[] args) throws Exception {
            new ProcessReaper().launcherSessionOpened(null);
            Process sleep = new ProcessBuilder("sleep", "62").start();
            System.out.println("sleep " + sleep.pid());
            Thread.sleep(60_000);
        }
    }
}
