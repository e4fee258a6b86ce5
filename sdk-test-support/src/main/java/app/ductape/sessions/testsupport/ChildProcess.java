package app.ductape.sessions.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A process that a test starts (a child JVM, {@code redis-server}): every wait on it is bounded and fails with
 * what it printed, and {@link #close()} stops it and whatever it started, on every path. Its standard output
 * and error, merged, are read as they come, so a wait never blocks on a pipe; they are kept whole for the
 * failure messages, and handed out line by line to {@link #nextLine} and {@link #awaitLine}. A test JVM that
 * ends with a child still running stops it too ({@link ProcessReaper}).
 */
public final class ChildProcess implements AutoCloseable {
    /** How long {@link #close()} lets a process end on SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** How long the output may take to drain once the process has ended. */
    private static final Duration DRAIN = Duration.ofSeconds(5);
    /** Queued after the last line; compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String END_OF_OUTPUT = new String("end of output");

    private final String name;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private boolean ended;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(this::read, name + " output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code builder}'s command with its error stream merged into its output, which this class reads.
     *
     * @param name what the failure messages call it
     * @param builder the command, directory and environment
     * @return the started process
     * @throws IllegalStateException when it cannot be started
     */
    public static ChildProcess start(String name, ProcessBuilder builder) {
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        try {
            return new ChildProcess(name, builder.start());
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not start: " + builder.command(), e);
        }
    }

    /**
     * The command that runs {@code mainClass} in a new JVM of this JVM's Java, on {@code classpath}.
     *
     * @param classpath the child's class path
     * @param jvmOptions options before the main class ({@code -Xmx256m})
     * @param mainClass the class to run
     * @param args its arguments
     * @return a builder for that command
     */
    public static ProcessBuilder java(String classpath, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /**
     * The command that runs {@code mainClass} in a new JVM on this JVM's own class path.
     *
     * @param mainClass the class to run
     * @param args its arguments
     * @return a builder for that command
     */
    public static ProcessBuilder java(Class<?> mainClass, String... args) {
        return java(System.getProperty("java.class.path"), List.of(), mainClass.getName(), args);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                lines.add(line);
            }
        } catch (IOException closed) {
            // the process was killed while it wrote: what it printed before is kept
        }
        lines.add(END_OF_OUTPUT);
    }

    /**
     * The next line the process prints, waiting for it at most {@code timeout}.
     *
     * @param timeout the longest wait
     * @return the line
     * @throws IllegalStateException when no line comes in time, or the process ends first; the message holds
     *     everything it printed
     */
    public String nextLine(Duration timeout) {
        return awaitLine(line -> true, timeout, "a line");
    }

    /**
     * Reads lines until one matches, waiting at most {@code timeout} in all.
     *
     * @param matching the line waited for
     * @param timeout the longest wait
     * @param what what the line means, for the failure message
     * @return the matching line
     * @throws IllegalStateException when none comes in time, or the process ends first; the message holds
     *     everything it printed
     */
    public String awaitLine(Predicate<String> matching, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!ended) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw failure("printed no " + what + " in " + timeout);
                }
                if (line == END_OF_OUTPUT) {
                    ended = true;
                } else if (matching.test(line)) {
                    return line;
                }
            }
            throw failure("ended before it printed " + what + exitCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was still running when the wait for " + what + " was interrupted");
        }
    }

    /**
     * Waits for the process to end, at most {@code timeout}; past it, the process is killed.
     *
     * @param timeout the longest wait
     * @return its exit code; {@link #output()} then holds all it printed
     * @throws IllegalStateException when it did not end in time; the message holds everything it printed
     */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                kill();
                throw failure("did not end in " + timeout + " and was killed");
            }
            reader.join(DRAIN.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            throw failure("was killed: the wait for its end was interrupted");
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(DRAIN.toMillis(), TimeUnit.MILLISECONDS) ? " (exit code " + process.exitValue() + ")"
                : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(name + " " + what + "; it printed:\n" + output);
    }

    /**
     * Everything the process has printed so far.
     *
     * @return its standard output and error, merged
     */
    public String output() {
        return output.toString();
    }

    /**
     * The process's standard input.
     *
     * @return the stream its standard input reads
     */
    public OutputStream stdin() {
        return process.getOutputStream();
    }

    /**
     * The process's id.
     *
     * @return its pid
     */
    public long pid() {
        return process.pid();
    }

    /**
     * Whether the process is still running.
     *
     * @return true while it runs
     */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process and whatever it started with SIGKILL, and waits until the process is gone. */
    public void kill() {
        List<ProcessHandle> tree = ProcessTree.of(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        if (!ProcessTree.awaitGone(tree, STOP_GRACE) || !reaped()) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL");
        }
    }

    /**
     * Stops the process and whatever it started: SIGTERM, then SIGKILL after 10 s; it also kills at once when
     * the calling thread is interrupted. Does nothing if it has ended.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = ProcessTree.of(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        if (!ProcessTree.awaitGone(tree, STOP_GRACE) || !reaped()) {
            kill();
        }
    }

    /**
     * Whether this JVM has reaped the process, after which {@link #isAlive()} is false: it has ended, so the
     * wait is short, and an interrupt (kept for the caller) does not cut it.
     */
    private boolean reaped() {
        boolean interrupted = Thread.interrupted();
        try {
            return process.waitFor(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
            return !process.isAlive();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
