package app.ductape.sessions.transport;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import app.ductape.sessions.internal.Availability;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * When to try a call again and how long to wait: Stainless-style rules. {@code x-should-retry}
 * decides first; else what {@link Availability} calls unavailable is retried: I/O errors and 408, 429,
 * 500, 502, 503, 504. A 409 is not: Ductape's
 * 409 is a deterministic conflict (the tag already exists), so only {@code x-should-retry: true} retries
 * it. The server's {@code retry-after-ms} or {@code Retry-After} (seconds or HTTP date) sets the delay
 * when at most {@link #MAX_SERVER_DELAY}; a longer one fails the call at once. Otherwise the delay is
 * {@code min(0.5 s * 2^(n-1), 8 s)} times a jitter in [0.75, 1].
 */
final class RetryPolicy {
    static final Duration MAX_SERVER_DELAY = Duration.ofSeconds(60);
    /** Where a 503's {@code Retry-After} is kept out of OkHttp's sight (see {@link #hideRetryAfterFromOkHttp}). */
    static final String HELD_RETRY_AFTER = "X-Ductape-Held-Retry-After";
    private static final double INITIAL_SECONDS = 0.5;
    private static final double MAX_SECONDS = 8;

    private final Clock clock;

    RetryPolicy(Clock clock) {
        this.clock = clock;
    }

    /**
     * OkHttp silently resends a request answered 503 with {@code Retry-After: 0}, whatever
     * {@code retryOnConnectionFailure} says; as a network interceptor this moves the header aside so
     * that the SDK alone decides, counts and logs every attempt.
     */
    static Response hideRetryAfterFromOkHttp(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (response.code() != 503 || retryAfter == null) {
            return response;
        }
        return response.newBuilder().removeHeader("Retry-After").header(HELD_RETRY_AFTER, retryAfter).build();
    }

    /**
     * What a failure says about retrying: whether to, the server's delay if it gave one, and why not
     * when the server asked for too long a wait.
     */
    record Advice(boolean retry, Duration serverDelay, String refusal) {
        static final Advice NO = new Advice(false, null, null);
        static final Advice YES = new Advice(true, null, null);
    }

    Advice advise(Outcome.Failure<?> failure) {
        return switch (failure.kind()) {
            case CONNECTION -> Advice.YES;
            case FINAL -> Advice.NO;
            case RESPONSE -> advise(failure.status(), failure.headers());
        };
    }

    private Advice advise(int status, Headers headers) {
        String shouldRetry = headers.get("x-should-retry");
        boolean retry = "true".equalsIgnoreCase(shouldRetry)
            || (!"false".equalsIgnoreCase(shouldRetry) && Availability.unavailable(status));
        if (!retry) {
            return Advice.NO;
        }
        Duration delay = serverDelay(headers);
        if (delay != null && delay.compareTo(MAX_SERVER_DELAY) > 0) {
            return new Advice(false, null, "the server asked to wait " + delay.toSeconds() + " s, more than the "
                + MAX_SERVER_DELAY.toSeconds() + " s the SDK waits");
        }
        return new Advice(true, delay, null);
    }

    /** The backoff after failed attempt {@code attempt} (1-based) when the server gave no delay. */
    Duration backoff(int attempt) {
        double seconds = Math.min(INITIAL_SECONDS * Math.pow(2, attempt - 1), MAX_SECONDS);
        double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(seconds * jitter * 1000));
    }

    private Duration serverDelay(Headers headers) {
        String millis = headers.get("retry-after-ms");
        if (millis != null) {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(millis.trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String retryAfter = headers.get("Retry-After");
        if (retryAfter == null) {
            retryAfter = headers.get(HELD_RETRY_AFTER);
        }
        if (retryAfter == null) {
            return null;
        }
        String value = retryAfter.trim();
        try {
            return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(value) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration delay = Duration.between(clock.instant(), at);
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
