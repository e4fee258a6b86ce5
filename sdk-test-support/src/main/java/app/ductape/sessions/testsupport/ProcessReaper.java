package app.ductape.sessions.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Leaves nothing running behind a test JVM. Registered through {@code ServiceLoader}, so that JUnit runs it in
 * every module whose tests depend on this one:
 * <ul>
 *   <li>when the tests end, whatever they started and did not stop ({@code redis-server}, a child JVM,
 *       chromedriver and its browser) is stopped and named on standard error;</li>
 *   <li>when the JVM is asked to stop first (Ctrl-C, a {@code timeout} around Maven), a shutdown hook kills the
 *       same processes;</li>
 *   <li>when it is killed outright, with no hook run (Surefire's bound on a test JVM), its
 *       {@link ProcessTether} kills them.</li>
 * </ul>
 */
public final class ProcessReaper implements LauncherSessionListener {
    private static final Duration GRACE = Duration.ofSeconds(5);
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
        List<ProcessHandle> leftovers = ProcessHandle.current().descendants()
            .filter(process -> !tetherPids.contains(process.pid())).collect(Collectors.toList());
        List<String> described = leftovers.stream().map(ProcessTree::describe).collect(Collectors.toList());
        if (!grace.isZero()) {
            leftovers.forEach(ProcessHandle::destroy);
            if (ProcessTree.awaitGone(leftovers, grace)) {
                return described;
            }
        }
        leftovers.forEach(ProcessHandle::destroyForcibly);
        ProcessTree.awaitGone(leftovers, GRACE);
        return described;
    }
}
