package app.ductape.sessions.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's {@code HttpServer} on a port of the loopback address (or of another, when asked) with a bounded
 * pool of daemon threads, serving one {@link EmulatorHandler} with fault injection, and the emulator's control
 * under {@code /_emulator/} when it has one. Keeps no log of what it served, but for the bounded one of an
 * emulator with control.
 */
final class LoopbackServer implements AutoCloseable {
    static {
        // The JDK server writes headers and body in separate packets; without TCP_NODELAY every
        // keep-alive call waits ~40 ms for a delayed ACK. Read once, when the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;

    LoopbackServer(String name, int port, int threads, EmulatorHandler handler, EmulatorFaults faults) {
        this(name, InetAddress.getLoopbackAddress(), port, threads, handler, faults, null, null);
    }

    LoopbackServer(String name, InetAddress host, int port, int threads, EmulatorHandler handler, EmulatorFaults faults,
                   RecentRequests recent, EmulatorControl control) {
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            runnable -> {
                Thread thread = new Thread(runnable, name + "-" + threadNumber.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException(name + " could not listen on port " + port, e);
        }
        server.createContext("/", exchange -> HttpAdapter.serve(exchange, handler, faults, recent));
        if (control != null) {
            server.createContext(EmulatorControl.PREFIX, control::serve);
        }
        server.setExecutor(executor);
        server.start();
        this.baseUrl = "http://" + (host.isAnyLocalAddress() || host.isLoopbackAddress() ? "127.0.0.1"
            : host.getHostAddress()) + ":" + server.getAddress().getPort();
    }

    String baseUrl() {
        return baseUrl;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
