package app.ductape.sessions.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Leaves nothing running behind a test JVM. Registered through {@code ServiceLoader}, so that JUnit runs it in
 * every module whose tests depend on this one:
 * <ul>
 *   <li>when the tests end, whatever they started and did not stop ({@code redis-server}, a child JVM,
 *       chromedriver and its browser) is stopped and named on standard error. That includes a process seen
 *       under this JVM while a test ran and handed to init since (Chromium, once chromedriver has quit
 *       without stopping it): the processes under this JVM are noted as tests end, at most four times a
 *       second;</li>
 *   <li>when the JVM is asked to stop first (Ctrl-C, a {@code timeout} around Maven), a shutdown hook kills the
 *       same processes;</li>
 *   <li>when it is killed outright, with no hook run (Surefire's bound on a test JVM), its
 *       {@link ProcessTether} kills them.</li>
 * </ul>
 */
public final class ProcessReaper implements LauncherSessionListener, TestExecutionListener {
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final long NOTE_EVERY_NANOS = Duration.ofMillis(250).toNanos();
    /** Every process seen under this JVM, by pid, with when it started (so that a reused pid is not it). */
    private static final Map<Long, Instant> SEEN = new ConcurrentHashMap<>();
    private static final AtomicLong LAST_NOTE = new AtomicLong(System.nanoTime() - NOTE_EVERY_NANOS);
    private static Optional<ProcessTether> tether;

    /** Made by JUnit's {@code ServiceLoader}. */
    public ProcessReaper() {}

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        synchronized (ProcessReaper.class) {
            if (tether == null) {
                tether = ProcessTether.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopLeftovers(Duration.ZERO),
                    "ductape process reaper"));
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        long now = System.nanoTime();
        long last = LAST_NOTE.get();
        if (now - last >= NOTE_EVERY_NANOS && LAST_NOTE.compareAndSet(last, now)) {
            noteDescendants();
        }
    }

    /** Notes the processes under this JVM now, so that they are stopped at the end even if handed to init. */
    static void noteDescendants() {
        ProcessHandle.current().descendants().forEach(process -> process.info().startInstant()
            .ifPresent(started -> SEEN.put(process.pid(), started)));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<String> stopped = stopLeftovers(GRACE);
        if (!stopped.isEmpty()) {
            System.err.println("[ProcessReaper] the tests left " + stopped.size() + " process(es) running, now stopped:"
                + stopped.stream().map(process -> "\n  " + process).collect(Collectors.joining()));
        }
        synchronized (ProcessReaper.class) {
            if (tether != null) {
                tether.ifPresent(ProcessTether::close);
            }
        }
    }

    /**
     * Stops every descendant of this JVM but the tether: SIGTERM, then SIGKILL after {@code grace} (at once for
     * a zero grace).
     *
     * @return how each stopped process showed (pid and command line)
     */
    static List<String> stopLeftovers(Duration grace) {
        Set<Long> tetherPids;
        synchronized (ProcessReaper.class) {
            tetherPids = tether == null ? Set.of() : tether.map(ProcessTether::pids).orElse(Set.of());
        }
        Map<Long, ProcessHandle> leftovers = new LinkedHashMap<>();
        ProcessHandle.current().descendants().forEach(process -> leftovers.put(process.pid(), process));
        SEEN.forEach((pid, started) -> ProcessHandle.of(pid)
            .filter(process -> process.info().startInstant().equals(Optional.of(started)))
            .ifPresent(process -> leftovers.putIfAbsent(pid, process)));
        leftovers.keySet().removeAll(tetherPids);
        List<ProcessHandle> running = leftovers.values().stream().filter(ProcessTree::running)
            .collect(Collectors.toList());
        List<String> described = running.stream().map(ProcessTree::describe).collect(Collectors.toList());
        if (!grace.isZero()) {
            running.forEach(ProcessHandle::destroy);
            if (ProcessTree.awaitGone(running, grace)) {
                return described;
            }
        }
        running.forEach(ProcessHandle::destroyForcibly);
        ProcessTree.awaitGone(running, GRACE);
        return described;
    }
}
