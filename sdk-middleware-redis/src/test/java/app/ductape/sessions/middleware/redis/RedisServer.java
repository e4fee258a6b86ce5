package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.testsupport.ChildProcess;
import io.lettuce.core.RedisURI;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, with no persistence
 * ({@code --save "" --appendonly no}), started by a test and stopped by it. It can be killed with SIGKILL and
 * started again on the same port. Without the binary, a test fails under {@code CI=true} (where
 * {@code .ci/run} installs it) and is skipped elsewhere.
 */
public final class RedisServer implements AutoCloseable {
    private final Path binary;
    private final int port;
    private ChildProcess process;

    private RedisServer(Path binary, int port) {
        this.binary = binary;
        this.port = port;
    }

    /**
     * Starts a server, or skips the test (fails it under {@code CI=true}) when there is no {@code redis-server}.
     *
     * @return the running server
     */
    public static RedisServer start() {
        Optional<Path> binary = binary();
        if (binary.isEmpty()) {
            String missing = "redis-server is not installed (apt-get install -y --no-install-recommends redis-server)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(missing + "; .ci/run installs it");
            }
            Assumptions.abort(missing + ": the Redis fleet tests are skipped");
        }
        RedisServer server = new RedisServer(binary.get(), freePort());
        server.restart();
        return server;
    }

    private static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin:/usr/local/bin";
        return Stream.of(path.split(":")).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "redis-server"))
            .filter(Files::isExecutable).findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** The server's address for Lettuce. */
    public RedisURI uri() {
        return RedisURI.builder().withHost("127.0.0.1").withPort(port).withTimeout(Duration.ofSeconds(2)).build();
    }

    /** The server's port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Kills the server with SIGKILL: no shutdown, every connection reset. */
    public void kill() {
        process.kill();
    }

    /**
     * Starts the server (again) on its port, empty, and waits until it answers PING, at most 20 s; past that,
     * or if it exits first, it is stopped and the failure holds what it printed.
     */
    public void restart() {
        process = ChildProcess.start("redis-server on port " + port, new ProcessBuilder(List.of(binary.toString(),
            "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--protected-mode", "no")));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!answersPing()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                process.close();
                throw new IllegalStateException("redis-server on port " + port + " did not answer PING in 20 s; it "
                    + "printed:\n" + process.output());
            }
            sleep(20);
        }
    }

    /** Sends one raw command and reads the first line of the answer. */
    public String command(String... words) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            StringBuilder request = new StringBuilder("*" + words.length + "\r\n");
            for (String word : words) {
                request.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word)
                    .append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }

    private boolean answersPing() {
        try {
            return command("PING").equals("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.kill();
        }
    }
}
