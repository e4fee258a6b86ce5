package app.ductape.sessions.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server answering with canned bytes and recording nothing, the same for the SDK and the
 * raw baselines, on Ductape's routes: a 20-log page of the workspace logs, 1,000-log pages with their
 * page number, the session dashboard, and the SDK proxy's answer to a {@code verify} (the request body is
 * read and dropped: both sides pay the same upload).
 */
public final class CannedServer implements AutoCloseable {
    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] smallPage = Payloads.envelope(Payloads.logsPage(20, 1, 20, 20));
    private final byte[] bigLogs = Payloads.logsArray(1000).getBytes(StandardCharsets.UTF_8);
    private final byte[] dashboard = Payloads.envelope(Payloads.dashboard());
    private final byte[] proxyVerify = Payloads.proxyVerifyAnswer();
    private final int totalPages;

    public CannedServer(int totalPages) {
        this.totalPages = totalPages;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "canned-server");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            byte[][] parts;
            if (path.equals("/proxy/v1/sdk-proxy/execute")) {
                exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                parts = new byte[][] {proxyVerify};
            } else if (path.startsWith("/log/v1/session/dashboard/")) {
                parts = new byte[][] {dashboard};
            } else if (query != null && query.contains("limit=1000")) {
                int page = Integer.parseInt(query.replaceAll(".*[?&]?page=(\\d+).*", "$1"));
                String head = "{\"status\":true,\"data\":" + Payloads.logsPageHead(page, 1000, 1000L * this.totalPages);
                parts = new byte[][] {head.getBytes(StandardCharsets.UTF_8), bigLogs,
                    (Payloads.LOGS_PAGE_TAIL + "}").getBytes(StandardCharsets.UTF_8)};
            } else {
                parts = new byte[][] {smallPage};
            }
            long length = 0;
            for (byte[] part : parts) {
                length += part.length;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte[] part : parts) {
                    out.write(part);
                }
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
