package app.ductape.sessions.spring;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Whether Ductape answers the application's client, asked at most once per {@code cacheFor} (a health
 * endpoint probed every second must not become a load on Ductape), each time with one attempt of at most
 * {@code timeout}. The question is the cheapest authenticated read there is: the session configurations
 * of the client's default product. Shared by the health indicators of both Boot lines.
 */
final class DuctapeHealthProbe {
    private final SessionsService sessions;
    private final Duration cacheFor;
    private final RequestOptions probe;
    private final Clock clock;
    private volatile Status last;
    /** The probe under way, shared by every health request that arrives while it runs. */
    private CompletableFuture<Status> running;

    /**
     * What a probe found.
     *
     * @param state   {@code UP}, {@code DOWN}, or {@code UNKNOWN} when there is nothing to ask
     * @param details what to show: the product, the answer's time, or the failure's code and status
     * @param at      when it was found
     */
    record Status(String state, Map<String, Object> details, Instant at) {}

    DuctapeHealthProbe(SessionsService sessions, Duration cacheFor, Duration timeout, Clock clock) {
        this.sessions = sessions;
        this.cacheFor = cacheFor;
        this.probe = RequestOptions.builder().timeout(timeout).maxRetries(0).build();
        this.clock = clock;
    }

    /**
     * The last status, or a new one when it is older than {@code cacheFor}. Concurrent callers share one
     * probe: while it runs, they answer with the last status found (at most {@code cacheFor} plus one probe
     * old), so a slow Ductape never holds up the health endpoint; only the first probe of all is waited
     * for, by everyone, and it is still one call.
     */
    Status status() {
        Status known = last;
        if (known != null && clock.instant().isBefore(known.at().plus(cacheFor))) {
            return known;
        }
        CompletableFuture<Status> mine = new CompletableFuture<>();
        CompletableFuture<Status> shared;
        synchronized (this) {
            known = last;
            if (known != null && clock.instant().isBefore(known.at().plus(cacheFor))) {
                return known; // a probe that ended meanwhile
            }
            shared = running;
            if (shared == null) {
                running = mine;
            }
        }
        if (shared != null) {
            return known != null ? known : shared.join();
        }
        try {
            Status found = probe(clock.instant());
            last = found;
            mine.complete(found);
            return found;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                running = null;
            }
        }
    }

    private Status probe(Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        String product = sessions.defaults().product().orElse(null);
        if (product == null) {
            details.put("reason", "set ductape.product for the health indicator to probe Ductape");
            return new Status("UNKNOWN", details, now);
        }
        details.put("product", product);
        long started = System.nanoTime();
        try {
            sessions.list(product, probe);
            details.put("responseTimeMs", (System.nanoTime() - started) / 1_000_000);
            return new Status("UP", details, now);
        } catch (SessionError e) {
            details.put("code", e.code().name());
            e.httpStatus().ifPresent(status -> details.put("httpStatus", status));
            e.requestId().ifPresent(id -> details.put("requestId", id));
            return new Status("DOWN", details, now);
        }
    }
}
