package app.ductape.sessions.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a JDK {@link HttpExchange} into an {@link EmulatorRequest}, applies faults, writes the answer. */
final class HttpAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(DuctapeEmulator.class);
    static final int MAX_REQUEST_BYTES = 1024 * 1024;
    /** A gzipped body may inflate to this much (Ductape's clients gzip proxy bodies over 200 KB). */
    static final int MAX_INFLATED_BYTES = 8 * 1024 * 1024;

    private HttpAdapter() {}

    static void serve(HttpExchange exchange, EmulatorHandler handler, EmulatorFaults faults, RecentRequests recent) {
        try {
            if (faults.takeDisconnect()) {
                return; // closing an exchange that sent no headers closes the connection
            }
            Duration delay = faults.takeDelay();
            // decided on arrival: a request still in its delay never takes a fault set after it arrived
            int failure = faults.takeFailure();
            sleep(delay);
            String requestId = newRequestId();
            byte[] body = decoded(readBody(exchange.getRequestBody()),
                exchange.getRequestHeaders().getFirst("Content-Encoding"));
            EmulatorResponse response;
            if (body == null) {
                response = handler.error(413, "Request bodies are limited to 1 MiB (" + MAX_INFLATED_BYTES / (1024 * 1024)
                    + " MiB once gunzipped)");
            } else if (failure != 0) {
                response = handler.error(failure, "Injected fault: HTTP " + failure);
            } else {
                response = handler.handle(toRequest(exchange, body, requestId));
            }
            if (recent != null) {
                recent.record(Instant.now(), exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), response.status());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (IOException e) {
            LOG.debug("emulator exchange failed: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("emulator failed to handle {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } finally {
            exchange.close();
        }
    }

    static EmulatorRequest toRequest(HttpExchange exchange, byte[] body, String requestId) {
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return new EmulatorRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), segments(uri.getRawPath()),
            query(uri.getRawQuery()), headers, body, requestId);
    }

    /** Decodes each path segment on its own, so an encoded {@code %2F} stays inside its segment. */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(percentDecode(raw));
            }
        }
        return segments;
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    /** Percent-decoding without form rules: {@code +} stays {@code +}. */
    private static String percentDecode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The id the emulator gives a request, sent back as {@code X-Request-Id}. */
    static String newRequestId() {
        return "emu_" + Long.toHexString(System.nanoTime());
    }

    /**
     * A request body as sent, or inflated when its {@code Content-Encoding} is gzip; {@code null} (refused) when
     * {@code body} is, or it does not inflate within {@link #MAX_INFLATED_BYTES}.
     */
    static byte[] decoded(byte[] body, String contentEncoding) {
        return body != null && "gzip".equalsIgnoreCase(contentEncoding) ? gunzip(body) : body;
    }

    /** The inflated body, or {@code null} when it is not gzip or inflates past {@link #MAX_INFLATED_BYTES}. */
    private static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            byte[] inflated = in.readNBytes(MAX_INFLATED_BYTES + 1);
            return inflated.length > MAX_INFLATED_BYTES ? null : inflated;
        } catch (IOException notGzip) {
            return null;
        }
    }

    /** The body, or {@code null} when it exceeds {@link #MAX_REQUEST_BYTES}. */
    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > MAX_REQUEST_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void sleep(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
