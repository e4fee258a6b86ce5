package app.ductape.sessions.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small bash process ({@code tether.sh}) that outlives this JVM by a moment: it notes every second which
 * processes descend from this JVM, and kills them once the JVM is gone. A shutdown hook covers a JVM that is
 * asked to stop; this covers one that is killed outright, as Surefire kills a test JVM that outruns its bound.
 * It needs bash and {@code /proc} (Linux); without them there is none, and the hook alone remains.
 */
final class ProcessTether implements AutoCloseable {
    private static final Duration STOP = Duration.ofSeconds(5);
    private final Process process;

    private ProcessTether(Process process) {
        this.process = process;
    }

    /** The tether of this JVM, or none where bash or {@code /proc} is missing. */
    static Optional<ProcessTether> start() {
        Optional<Path> bash = Stream.of("/usr/bin/bash", "/bin/bash").map(Path::of).filter(Files::isExecutable)
            .findFirst();
        if (bash.isEmpty() || !Files.isDirectory(Path.of("/proc/self"))) {
            return Optional.empty();
        }
        try (InputStream script = ProcessTether.class.getResourceAsStream("tether.sh")) {
            String source = new String(script.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new ProcessTether(new ProcessBuilder(bash.get().toString(), "-c", source, "tether",
                Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start()));
        } catch (IOException e) {
            System.err.println("[ProcessReaper] no tether (" + e + "): a killed test JVM may leave processes behind");
            return Optional.empty();
        }
    }

    /** The tether's own processes, which are no test's leftovers. */
    Set<Long> pids() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).map(ProcessHandle::pid)
            .collect(Collectors.toSet());
    }

    /** Lets the tether go as the JVM's end would, once the tests have stopped what they started. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
