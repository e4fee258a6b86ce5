package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.testkit.DuctapeEmulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FleetNode} in a child JVM, on this JVM's class path, against an emulator and one Redis: the
 * commands it is sent and the answers it gives, with whatever else it printed (its log) kept for assertions.
 */
public final class NodeProcess implements AutoCloseable {
    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final StringBuffer log = new StringBuffer();

    private NodeProcess(Process process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "node " + process.pid());
        reader.setDaemon(true);
        reader.start();
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
     * @throws IOException when the JVM does not start
     */
    public static NodeProcess start(DuctapeEmulator emulator, String redis, boolean sharedCache,
                                    long maxStalenessMillis, long fallbackMillis) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
            System.getProperty("java.class.path"), FleetNode.class.getName(), redis, Boolean.toString(sharedCache),
            Long.toString(maxStalenessMillis), Long.toString(fallbackMillis)).redirectErrorStream(true);
        // the node reads its workspace as a deployed service would: from its environment
        builder.environment().putAll(emulator.credentials().environment());
        builder.environment().put("DUCTAPE_BASE_URL", emulator.baseUrl());
        emulator.defaultProduct().ifPresent(product -> builder.environment().put("DUCTAPE_PRODUCT", product));
        emulator.defaultEnv().ifPresent(env -> builder.environment().put("DUCTAPE_ENV", env));
        NodeProcess node = new NodeProcess(builder.start());
        String ready = node.next(60);
        if (!ready.equals("ready")) {
            throw new IllegalStateException("the node did not start: " + ready + "\n" + node.log());
        }
        return node;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("< ")) {
                    answers.add(line.substring(2));
                } else {
                    log.append(line).append('\n');
                }
            }
        } catch (IOException ended) {
            // the node was killed
        }
        answers.add("ended");
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
     * Waits for the answer to the oldest command not answered yet.
     *
     * @return the answer line
     */
    public String answer() {
        return next(60);
    }

    private String next(long seconds) {
        try {
            String answer = answers.poll(seconds, TimeUnit.SECONDS);
            if (answer == null) {
                throw new IllegalStateException("the node did not answer in " + seconds + " s:\n" + log);
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the node printed besides its answers: its log. */
    public String log() {
        return log.toString();
    }

    /** Kills the node with SIGKILL. */
    public void kill() {
        RedisServer.sigkill(process);
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                commands.write("quit\n");
                commands.flush();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    kill();
                }
            }
        } catch (IOException | InterruptedException e) {
            kill();
        }
    }
}
