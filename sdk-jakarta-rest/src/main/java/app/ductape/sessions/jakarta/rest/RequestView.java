package app.ductape.sessions.jakarta.rest;

import app.ductape.sessions.middleware.GuardedRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jakarta REST request as the guard reads it, lazily: the raw path of the request URI as the
 * implementation received it, and the decoded path it matches resources against ({@code UriInfo.getPath()},
 * within the application).
 */
record RequestView(ContainerRequestContext request) implements GuardedRequest {
    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String rawPath() {
        // read by the path rules only, which refuse what could be routed otherwise; never matched
        String raw = request.getUriInfo().getRequestUri().getRawPath();
        return raw == null ? "/" : raw;
    }

    @Override
    public String routedPath() {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    public List<String> headers(String name) {
        List<String> values = request.getHeaders().get(name);
        return values == null ? List.of() : values;
    }

    /**
     * Every cookie of this name, read from the {@code Cookie} headers: {@code getCookies()} keeps one value
     * per name, and the guard refuses two that disagree.
     */
    @Override
    public List<String> cookies(String name) {
        List<String> values = new ArrayList<>(1);
        for (String header : headers("Cookie")) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equals(name)) {
                    values.add(unquoted(pair.substring(equals + 1).trim()));
                }
            }
        }
        return values;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
            ? value.substring(1, value.length() - 1) : value;
    }
}
