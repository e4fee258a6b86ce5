package app.ductape.sessions.middleware;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An HTTP/1.1 client that sends the request target byte for byte as given: no client library normalises
 * {@code //}, {@code ..}, {@code ;}, a backslash or a control character away, as an attacker's would not.
 */
public final class RawHttp {
    private RawHttp() {}

    /** What came back: the status and the whole response text (headers and body). */
    public record Answer(int status, String text) {
        public String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        public String header(String name) {
            for (String line : text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /**
     * Sends {@code method target} with {@code headers} ("Name: value" lines, repeated names allowed)
     * and reads the answer to the end (the request asks the server to close).
     */
    public static Answer send(int port, String method, String target, List<String> headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder().append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = readAll(socket.getInputStream());
            if (!text.startsWith("HTTP/1.1 ") && !text.startsWith("HTTP/1.0 ")) {
                throw new IOException("not an HTTP answer to " + target + ": '" + text + "'");
            }
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    public static Answer get(int port, String target, String... headers) throws IOException {
        return send(port, "GET", target, List.of(headers));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        try {
            while ((read = in.read(buffer)) != -1) {
                bytes.write(buffer, 0, read);
            }
        } catch (IOException reset) {
            // a server may reset the connection right after a 400: what arrived is the answer
            if (bytes.size() == 0) {
                throw reset;
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
