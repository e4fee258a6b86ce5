package app.ductape.sessions.transport;

import app.ductape.sessions.internal.Checks;
import app.ductape.sessions.internal.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.Request;

/**
 * How an {@link HttpApiClient} authenticates: headers added to every request. Every secret value is
 * masked wherever it could appear (log lines, exception messages, text the server echoes, and
 * {@code toString()}); plain headers (an account or user id) are shown.
 */
public final class Auth {
    private final Map<String, String> headers;
    private final List<String> secrets;
    private final String description;

    private Auth(Map<String, String> headers, List<String> secrets, String description) {
        this.headers = Map.copyOf(headers);
        this.secrets = List.copyOf(secrets);
        this.description = description;
    }

    /**
     * HTTP Basic authentication ({@code Authorization: Basic base64(login:password)}, UTF-8).
     *
     * @param login    the user name, shown in {@code toString()}
     * @param password the password, masked everywhere
     * @return the authentication
     * @throws IllegalArgumentException naming {@code login} or {@code password} when blank
     */
    public static Auth basic(String login, String password) {
        Checks.requireNonBlank(login, "login");
        Checks.requireNonBlank(password, "password");
        String header = okhttp3.Credentials.basic(login, password, StandardCharsets.UTF_8);
        return new Auth(Map.of("Authorization", header), List.of(password, header),
            "Basic[login=" + login + ", password=" + Redactor.MASK + "]");
    }

    /**
     * A bearer token ({@code Authorization: Bearer <token>}).
     *
     * @param token the token, masked everywhere
     * @return the authentication
     * @throws IllegalArgumentException naming {@code token} when blank
     */
    public static Auth bearer(String token) {
        return builder().bearer(token).build();
    }

    /**
     * Secret headers, such as an API key and an access token in headers of the API's own naming;
     * every value is treated as a secret.
     *
     * @param headers header names and values, at least one
     * @return the authentication
     * @throws IllegalArgumentException when empty, or naming a header whose value is blank
     */
    public static Auth secretHeaders(Map<String, String> headers) {
        Checks.requireNonNull(headers, "headers");
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("`headers` must name at least one header");
        }
        Builder builder = builder();
        headers.forEach(builder::secretHeader);
        return builder.build();
    }

    /**
     * A builder for a scheme of several headers, some secret and some not.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds the headers to a request. */
    void apply(Request.Builder request) {
        headers.forEach(request::header);
    }

    /** The values to mask wherever text leaves the SDK. */
    List<String> secrets() {
        return secrets;
    }

    @Override
    public String toString() {
        return description;
    }

    /** Builds an {@link Auth} of several headers; not thread-safe. */
    public static final class Builder {
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> secrets = new ArrayList<>();
        private final StringJoiner description = new StringJoiner(", ", "Auth[", "]");

        private Builder() {}

        /**
         * {@code Authorization: Bearer <token>}.
         *
         * @param token the token, masked everywhere
         * @return this builder
         * @throws IllegalArgumentException naming {@code token} when blank
         */
        public Builder bearer(String token) {
            Checks.requireNonBlank(token, "token");
            return add("Authorization", "Bearer " + token, token, "token=" + Redactor.MASK);
        }

        /**
         * A header whose value is a secret (a key, a password).
         *
         * @param name  the header name
         * @param value its value, masked everywhere
         * @return this builder
         * @throws IllegalArgumentException naming the header when its value is blank
         */
        public Builder secretHeader(String name, String value) {
            Checks.requireNonBlank(name, "header name");
            return add(name, Checks.requireNonBlank(value, name), value, name + "=" + Redactor.MASK);
        }

        /**
         * A value that is no header of its own but travels elsewhere (in a query string, a body) and is masked
         * everywhere, as a secret header's value is.
         *
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException when it is blank
         */
        public Builder secretValue(String value) {
            secrets.add(Checks.requireNonBlank(value, "secret value"));
            return this;
        }

        /**
         * A header whose value is not a secret (an account or user id), shown in {@code toString()}.
         *
         * @param name  the header name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException naming the header when its value is blank
         */
        public Builder header(String name, String value) {
            Checks.requireNonBlank(name, "header name");
            return add(name, Checks.requireNonBlank(value, name), null, name + "=" + value);
        }

        private Builder add(String name, String value, String secret, String shown) {
            headers.put(name, value);
            if (secret != null) {
                secrets.add(secret);
            }
            description.add(shown);
            return this;
        }

        /**
         * Builds the authentication.
         *
         * @return the authentication
         * @throws IllegalArgumentException when no header was added
         */
        public Auth build() {
            if (headers.isEmpty()) {
                throw new IllegalArgumentException("an Auth needs at least one header");
            }
            return new Auth(headers, secrets, description.toString());
        }
    }
}
