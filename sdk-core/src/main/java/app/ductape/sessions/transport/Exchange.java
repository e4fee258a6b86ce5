package app.ductape.sessions.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One HTTP attempt, blocking or on OkHttp's dispatcher, with the call's per-attempt timeout and the
 * headers its trace adds; its response is read into an {@link Outcome}, and the listeners and the trace
 * hear of it.
 */
final class Exchange {
    /** Headers a tracer may not add: credentials, what identifies the request, what frames its body. */
    private static final Pattern RESERVED = Pattern.compile(
        "(?i)authorization|proxy-authorization|cookie|host|idempotency-key|content-.*|x-access.*");
    private final OkHttpClient http;
    private final ResponseReader reader;
    private final CallListener listener;

    Exchange(OkHttpClient http, ResponseReader reader, CallListener listener) {
        this.http = http;
        this.reader = reader;
        this.listener = listener;
    }

    <T> Outcome<T> execute(HttpApiCall<T> call, Request request, int attempt, CallTracer.Trace trace) {
        Traced traced = traced(request, attempt, trace);
        long start = System.nanoTime();
        Outcome<T> outcome;
        try {
            outcome = reader.read(call, newCall(call, traced.request()).execute(), since(start));
        } catch (IOException e) {
            outcome = reader.failed(e, since(start));
        }
        return heard(call, request, attempt, outcome, traced.attempt());
    }

    /** An attempt's request with the headers its trace adds, and the trace of the attempt. */
    private record Traced(Request request, CallTracer.AttemptTrace attempt) {}

    private static Traced traced(Request request, int attempt, CallTracer.Trace trace) {
        if (trace == CallTracer.Trace.NONE) {
            // untraced, the common case: no header callback, no builder, the request as written
            return new Traced(request, CallTracer.AttemptTrace.NONE);
        }
        Request.Builder[] added = {null};
        CallTracer.AttemptTrace attemptTrace = trace.attempt(attempt, (name, value) -> {
            // the SDK's own headers (credentials, Idempotency-Key) are never a tracer's to set or replace
            if (request.header(name) == null && !RESERVED.matcher(name).matches()) {
                (added[0] == null ? added[0] = request.newBuilder() : added[0]).header(name, value);
            }
        });
        return new Traced(added[0] == null ? request : added[0].build(), attemptTrace);
    }

    /**
     * The attempt on OkHttp's dispatcher; {@code inFlight} holds its HTTP call so that cancelling the
     * caller's future cancels it.
     */
    <T> CompletableFuture<Outcome<T>> enqueue(HttpApiCall<T> call, Request request, int attempt,
                                              AtomicReference<Call> inFlight, CallTracer.Trace trace) {
        CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
        Traced traced = traced(request, attempt, trace);
        Call httpCall = newCall(call, traced.request());
        inFlight.set(httpCall);
        long start = System.nanoTime();
        httpCall.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                complete(() -> reader.read(call, response, since(start)));
            }

            @Override
            public void onFailure(Call c, IOException e) {
                complete(() -> reader.failed(e, since(start)));
            }

            private void complete(java.util.function.Supplier<Outcome<T>> read) {
                try {
                    outcome.complete(heard(call, request, attempt, read.get(), traced.attempt()));
                } catch (RuntimeException | Error e) {
                    outcome.completeExceptionally(e);
                }
            }
        });
        return outcome;
    }

    private Call newCall(HttpApiCall<?> call, Request request) {
        Call httpCall = http.newCall(request);
        Duration timeout = call.options().timeout();
        if (timeout != null) {
            httpCall.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return httpCall;
    }

    private <T> Outcome<T> heard(HttpApiCall<T> call, Request request, int attempt, Outcome<T> outcome,
                                 CallTracer.AttemptTrace trace) {
        Integer status;
        String requestId;
        Duration elapsed;
        Optional<String> failure = Optional.empty();
        if (outcome instanceof Outcome.Success<T> success) {
            status = success.status();
            requestId = success.requestId();
            elapsed = success.elapsed();
        } else {
            Outcome.Failure<T> failed = (Outcome.Failure<T>) outcome;
            status = failed.status();
            requestId = failed.requestId();
            elapsed = failed.elapsed();
            if (status == null && failed.cause() != null) {
                failure = Optional.of(failed.cause().getClass().getSimpleName());
            }
        }
        CallListener.Attempt heard = new CallListener.Attempt(call.operation(), request.method(),
            call.pathTemplate().toString(), status == null ? OptionalInt.empty() : OptionalInt.of(status), elapsed,
            attempt, Optional.ofNullable(requestId), failure);
        listener.onAttempt(heard);
        trace.ended(heard);
        return outcome;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
