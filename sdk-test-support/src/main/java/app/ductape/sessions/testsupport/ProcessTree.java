package app.ductape.sessions.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A process and everything it started, taken before any of them is stopped: a child whose parent is stopped
 * first is adopted by init and no longer shows among the descendants.
 */
final class ProcessTree {
    private static final long POLL_MILLIS = 10;

    private ProcessTree() {}

    /** The descendants of {@code root}, then {@code root}: the leaves first. */
    static List<ProcessHandle> of(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().collect(Collectors.toList()));
        Collections.reverse(tree);
        tree.add(root);
        return tree;
    }

    /**
     * Waits until every process of {@code tree} has ended, at most {@code timeout} in all. It polls: the JDK
     * learns of the end of a process that is not its own child (a grandchild) only seconds later. An interrupt
     * does not cut the wait short, since what is being stopped must be stopped; it is kept for the caller.
     *
     * @return whether they all ended
     */
    static boolean awaitGone(List<ProcessHandle> tree, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean interrupted = false;
        try {
            while (tree.stream().anyMatch(ProcessTree::running)) {
                if (System.nanoTime() - deadline > 0) {
                    return false;
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether a process still runs. A killed process whose parent has not reaped it yet (a zombie, as a grandchild
     * is until init reaps it) holds nothing and runs nothing, so it counts as ended.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException noProcFs) {
            return process.isAlive();
        }
    }

    /** How a process shows in a report: its pid and command line. */
    static String describe(ProcessHandle process) {
        return process.pid() + " " + process.info().commandLine().orElse(process.info().command().orElse("?"));
    }
}
