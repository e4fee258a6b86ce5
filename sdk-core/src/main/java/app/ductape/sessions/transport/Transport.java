package app.ductape.sessions.transport;

import app.ductape.sessions.RawResponse;
import app.ductape.sessions.Sleeper;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The path every call takes, put together from one-job parts: the {@link RequestWriter} writes the
 * request once, the {@link Exchange} makes each attempt and the {@link ResponseReader} reads it, the
 * {@link RetryLoop} decides what follows (with the {@link RetryPolicy}, {@link Redaction} and
 * {@link ErrorMapper}). Two small drivers run that loop: blocking, or on OkHttp's dispatcher with
 * backoff on the {@link Sleeper}'s timer. Thread-safe.
 */
final class Transport implements AutoCloseable {
    private final ClientConfig config;
    private final OkHttpClient http;
    private final ObjectMapper mapper = JsonMappers.newMapper();
    private final RequestWriter writer;
    private final Exchange exchange;
    private final RetryPolicy policy = new RetryPolicy(Clock.systemUTC());
    private final Redaction redaction;
    private final Listeners listeners;
    private final Tracers tracers;
    private volatile boolean closed;

    Transport(ClientConfig config) {
        this.config = config;
        this.http = OkHttpClients.build(config);
        this.writer = new RequestWriter(config.baseUrl(), config.auth(), mapper);
        this.listeners = new Listeners(config.listeners());
        this.tracers = new Tracers(config.tracers(), config.baseUrl());
        this.exchange = new Exchange(http, new ResponseReader(mapper, config.maxResponseBytes(), config.errorReader()),
            listeners);
        this.redaction = new Redaction(config.auth().secrets());
    }

    ClientConfig config() {
        return config;
    }

    OkHttpClient httpClient() {
        return http;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    <T> T execute(HttpApiCall<T> call) {
        return run(call).success().value();
    }

    <T> RawResponse<T> executeRaw(HttpApiCall<T> call) {
        return toRaw(run(call));
    }

    <T> CompletableFuture<T> executeAsync(HttpApiCall<T> call) {
        return cancelling(runAsync(call), done -> done.success().value());
    }

    <T> CompletableFuture<RawResponse<T>> executeRawAsync(HttpApiCall<T> call) {
        return cancelling(runAsync(call), Transport::toRaw);
    }

    private <T> RetryLoop<T> loop(HttpApiCall<T> call, CallTracer.Trace trace) {
        return new RetryLoop<>(call, config.maxRetries(), policy, redaction, listeners, trace);
    }

    private void open(HttpApiCall<?> call) {
        if (closed) {
            throw new IllegalStateException("`" + call.operation() + "` was called on a closed client: calls after "
                + "close() are not sent");
        }
    }

    private <T> RetryLoop.Step.Done<T> run(HttpApiCall<T> call) {
        Request request = writer.write(call);
        open(call);
        CallTracer.Trace trace = tracers.start(call);
        RetryLoop<T> loop = loop(call, trace);
        while (true) {
            RetryLoop.Step<T> step = loop.next(exchange.execute(call, request, loop.nextAttempt(), trace));
            if (step instanceof RetryLoop.Step.Done<T> done) {
                return done;
            }
            if (step instanceof RetryLoop.Step.Fail<T> fail) {
                throw fail.error();
            }
            try {
                config.sleeper().sleep(((RetryLoop.Step.Wait<T>) step).delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ((RetryLoop.Step.Fail<T>) loop.interrupted(e)).error();
            }
        }
    }

    private <T> CompletableFuture<RetryLoop.Step.Done<T>> runAsync(HttpApiCall<T> call) {
        Request request = writer.write(call);
        open(call);
        // on the caller's thread: a tracer takes the caller's context here, not on the dispatcher's
        CallTracer.Trace trace = tracers.start(call);
        RetryLoop<T> loop = loop(call, trace);
        CompletableFuture<RetryLoop.Step.Done<T>> result = new CompletableFuture<>();
        AtomicReference<Call> inFlight = new AtomicReference<>();
        result.whenComplete((value, error) -> {
            Call current = inFlight.get();
            if (result.isCancelled() && current != null) {
                current.cancel();
            }
        });
        attempt(call, request, loop, trace, result, inFlight);
        return result;
    }

    private <T> void attempt(HttpApiCall<T> call, Request request, RetryLoop<T> loop, CallTracer.Trace trace,
                             CompletableFuture<RetryLoop.Step.Done<T>> result, AtomicReference<Call> inFlight) {
        if (result.isDone()) {
            return;
        }
        exchange.enqueue(call, request, loop.nextAttempt(), inFlight, trace).whenComplete((outcome, error) -> {
            if (result.isDone()) {
                return;
            }
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                RetryLoop.Step<T> step = loop.next(outcome);
                if (step instanceof RetryLoop.Step.Done<T> done) {
                    result.complete(done);
                } else if (step instanceof RetryLoop.Step.Fail<T> fail) {
                    result.completeExceptionally(fail.error());
                } else {
                    config.sleeper().delay(((RetryLoop.Step.Wait<T>) step).delay())
                        .whenComplete((ignored, interrupted) -> attempt(call, request, loop, trace, result, inFlight));
                }
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        Call current = inFlight.get();
        if (result.isCancelled() && current != null) {
            current.cancel();
        }
    }

    /** {@code source.thenApply(map)}, whose cancellation cancels {@code source} (and so the HTTP call). */
    private static <S, T> CompletableFuture<T> cancelling(CompletableFuture<S> source,
                                                          java.util.function.Function<S, T> map) {
        CompletableFuture<T> mapped = source.thenApply(map);
        mapped.whenComplete((value, error) -> {
            if (mapped.isCancelled()) {
                source.cancel(true);
            }
        });
        return mapped;
    }

    private static <T> RawResponse<T> toRaw(RetryLoop.Step.Done<T> done) {
        Outcome.Success<T> success = done.success();
        Map<String, List<String>> byName = new TreeMap<>();
        Headers headers = success.headers();
        for (String name : headers.names()) {
            byName.put(name.toLowerCase(Locale.ROOT), List.copyOf(headers.values(name)));
        }
        return new RawResponse<>(success.status(), byName, Optional.ofNullable(success.requestId()), success.value(),
            done.attempts());
    }

    @Override
    public void close() {
        closed = true;
        if (config.callerClient() == null) {
            OkHttpClients.release(http);
        }
    }
}
