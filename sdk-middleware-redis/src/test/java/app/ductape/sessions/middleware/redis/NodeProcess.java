package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testsupport.ChildProcess;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A {@link FleetNode} in a child JVM, on this JVM's class path, against an emulator and one Redis: the
 * commands it is sent and the answers it gives, with whatever else it printed (its log) kept for assertions.
 */
public final class NodeProcess implements AutoCloseable {
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);
    private static final Duration QUIT_WAIT = Duration.ofSeconds(10);
    private static final String ANSWER = "< ";

    private final ChildProcess process;
    private final Writer commands;

    private NodeProcess(ChildProcess process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.stdin(), StandardCharsets.UTF_8);
    }

    /**
     * Starts a node and waits until its verifier is built.
     *
     * @param emulator the emulator it asks
     * @param redis the Redis URI
     * @param sharedCache whether answers are shared
     * @param maxStalenessMillis the verifier's staleness bound
     * @param fallbackMillis the fallback staleness
     * @return the ready node
     */
    public static NodeProcess start(DuctapeEmulator emulator, String redis, boolean sharedCache,
                                    long maxStalenessMillis, long fallbackMillis) {
        ProcessBuilder builder = ChildProcess.java(System.getProperty("java.class.path"),
            List.of("-Xmx256m", "-XX:+UseSerialGC"), FleetNode.class.getName(), redis, Boolean.toString(sharedCache),
            Long.toString(maxStalenessMillis), Long.toString(fallbackMillis));
        // the node reads its workspace as a deployed service would: from its environment
        builder.environment().putAll(emulator.credentials().environment());
        builder.environment().put("DUCTAPE_BASE_URL", emulator.baseUrl());
        emulator.defaultProduct().ifPresent(product -> builder.environment().put("DUCTAPE_PRODUCT", product));
        emulator.defaultEnv().ifPresent(env -> builder.environment().put("DUCTAPE_ENV", env));
        NodeProcess node = new NodeProcess(ChildProcess.start("the fleet node", builder));
        try {
            String ready = node.answer();
            if (!ready.equals("ready")) {
                throw new IllegalStateException("the node did not start: " + ready + "\n" + node.log());
            }
            return node;
        } catch (RuntimeException notReady) {
            node.process.kill();
            throw notReady;
        }
    }

    /**
     * Sends a command and waits for its answer.
     *
     * @param command the command line
     * @return the answer line
     * @throws IOException when the node is gone
     */
    public String ask(String command) throws IOException {
        send(command);
        return answer();
    }

    /**
     * Sends a command without waiting for its answer, so that several nodes can work at once.
     *
     * @param command the command line
     * @throws IOException when the node is gone
     */
    public void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    /**
     * Waits for the answer to the oldest command not answered yet, at most a minute.
     *
     * @return the answer line
     */
    public String answer() {
        return process.awaitLine(line -> line.startsWith(ANSWER), ANSWER_WAIT, "answer").substring(ANSWER.length());
    }

    /** What the node printed: its log, with its answers. */
    public String log() {
        return process.output();
    }

    /** Kills the node with SIGKILL. */
    public void kill() {
        process.kill();
    }

    /** Asks the node to quit, and kills it if it has not within 10 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                send("quit");
                process.awaitExit(QUIT_WAIT);
            } catch (IOException | IllegalStateException notQuit) {
                // gone already, or killed by the wait; the stop below finds nothing left to stop
            }
        }
        process.close();
    }
}
