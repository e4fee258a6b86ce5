package app.ductape.sessions;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-call settings, passed as the last argument of any call: a timeout for each attempt, a retry
 * budget, the idempotency key of a mutating call, extra headers.
 *
 * <pre>{@code
 * sessions.start(options, RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).build());
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = new Builder().build();
    /** Headers the SDK owns; setting them per call could send credentials somewhere unintended. */
    private static final Set<String> RESERVED = Set.of("authorization", "x-access-key", "x-workspace-id",
        "x-public-key", "x-user-id", "x-env-type", "idempotency-key", "content-type", "content-length", "host");

    private final Duration timeout;
    private final Integer maxRetries;
    private final String idempotencyKey;
    private final Map<String, String> headers;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.idempotencyKey = builder.idempotencyKey;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    }

    /**
     * No per-call settings: the client's apply.
     *
     * @return the empty settings, shared
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * A builder of per-call settings.
     *
     * @return a new builder, nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The timeout of each attempt (the whole HTTP call), or {@code null} for the client's call timeout.
     *
     * @return the timeout of each attempt (the whole HTTP call), or {@code null} for the client's call timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Retries after the first attempt, or {@code null} for the client's {@code maxRetries}.
     *
     * @return retries after the first attempt, or {@code null} for the client's {@code maxRetries}
     */
    public Integer maxRetries() {
        return maxRetries;
    }

    /**
     * The {@code Idempotency-Key} to send, or {@code null} for a fresh UUID on mutating calls.
     *
     * @return the {@code Idempotency-Key} to send, or {@code null} for a fresh UUID on mutating calls
     */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /**
     * A builder holding these settings, to derive options that differ in one.
     *
     * @return a builder holding these settings, to derive options that differ in one
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.timeout = timeout;
        builder.maxRetries = maxRetries;
        builder.idempotencyKey = idempotencyKey;
        builder.headers.putAll(headers);
        return builder;
    }

    /**
     * Extra headers (unmodifiable).
     *
     * @return extra headers (unmodifiable)
     */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "RequestOptions[timeout=" + timeout + ", maxRetries=" + maxRetries + ", idempotencyKey="
            + idempotencyKey + ", headers=" + headers.keySet() + "]";
    }

    /** Builds {@link RequestOptions}; each setter validates its argument. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private String idempotencyKey;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {}

        /**
         * The timeout of each attempt, positive.
         *
         * @param timeout the timeout of each attempt, positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("`timeout` must be positive, but was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Retries after the first attempt, 0 or more.
         *
         * @param maxRetries retries after the first attempt, 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("`maxRetries` must be >= 0, but was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * The idempotency key to send on every attempt of this call.
         *
         * @param idempotencyKey the idempotency key to send on every attempt of this call
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 255) {
                throw new IllegalArgumentException("`idempotencyKey` must be 1 to 255 characters, but was '"
                    + idempotencyKey + "'");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * Adds a header to every attempt of this call.
         *
         * @param name the name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException for a blank name, a null value, or a header the SDK sets itself
         *                                  (credentials, {@code Idempotency-Key}, {@code Content-Type}, ...)
         */
        public Builder header(String name, String value) {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("a header needs a name and a value, but got " + name + "=" + value);
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header `" + name + "` is set by the SDK and cannot be set per call");
            }
            headers.put(name, value);
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
