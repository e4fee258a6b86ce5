package app.ductape.sessions.transport;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an {@link HttpApiClient} authenticates: headers added to every request. Every secret value is
 * masked wherever it could appear (log lines, exception messages, text the server echoes, and
 * {@code toString()}).
 */
public final class Auth {
    private final Credentials credentials;

    private Auth(Credentials credentials) {
        this.credentials = credentials;
    }

    /** HTTP Basic authentication ({@code Authorization: Basic base64(login:password)}, UTF-8). */
    public static Auth basic(String login, String password) {
        Checks.requireNonBlank(login, "login");
        Checks.requireNonBlank(password, "password");
        String header = okhttp3.Credentials.basic(login, password, StandardCharsets.UTF_8);
        return new Auth(new Credentials.Headers(Map.of("Authorization", header), List.of(password, header),
            "Basic[login=" + login + ", password=***]"));
    }

    /** A bearer token ({@code Authorization: Bearer <token>}). */
    public static Auth bearer(String token) {
        Checks.requireNonBlank(token, "token");
        return new Auth(new Credentials.Headers(Map.of("Authorization", "Bearer " + token), List.of(token),
            "Bearer[token=***]"));
    }

    /**
     * Secret headers, such as an API key and an access token in headers of the API's own naming;
     * every value is treated as a secret.
     */
    public static Auth secretHeaders(Map<String, String> headers) {
        Checks.requireNonNull(headers, "headers");
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("`headers` must name at least one header");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>();
        headers.forEach((name, value) -> {
            Checks.requireNonBlank(name, "header name");
            copy.put(name, Checks.requireNonBlank(value, name));
            secrets.add(value);
        });
        return new Auth(new Credentials.Headers(copy, secrets, "SecretHeaders" + copy.keySet()));
    }

    Credentials credentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return credentials.toString();
    }
}
