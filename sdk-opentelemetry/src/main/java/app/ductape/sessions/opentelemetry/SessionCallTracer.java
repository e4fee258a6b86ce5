package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.transport.CallListener;
import app.ductape.sessions.transport.CallTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The spans of one client's calls: a call span started in the caller's context, a child span per HTTP
 * attempt whose context goes out in the attempt's headers, a retry event with its wait, and the call's end
 * with its attempts and error code. Only names the SDK gives (product, session tag, path template) become
 * attributes; a failure's event says its code, operation and status, never the server's message, which may
 * name a user.
 */
final class SessionCallTracer implements CallTracer {
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("ductape.operation");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("ductape.attempts");
    static final AttributeKey<String> ERROR_CODE = AttributeKey.stringKey("ductape.error.code");
    static final AttributeKey<Long> RETRY_ATTEMPT = AttributeKey.longKey("ductape.retry.attempt");
    static final AttributeKey<Long> RETRY_DELAY = AttributeKey.longKey("ductape.retry.delay_ms");
    static final AttributeKey<String> HTTP_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
    static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");
    /** The call attributes recorded: names of the product and the configuration, never a value a user sent. */
    private static final Set<String> NAMES = Set.of("ductape.product", "ductape.session_tag");
    private static final TextMapSetter<BiConsumer<String, String>> HEADERS = (header, name, value) -> {
        if (header != null) {
            header.accept(name, value);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    SessionCallTracer(Tracer tracer, TextMapPropagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Trace start(Start call) {
        Context parent = Context.current();
        SpanBuilder builder = tracer.spanBuilder("ductape.sessions " + call.operation()).setParent(parent)
            .setSpanKind(SpanKind.CLIENT).setAttribute(OPERATION, call.operation());
        call.attributes().forEach((name, value) -> {
            if (NAMES.contains(name)) {
                builder.setAttribute(name, value);
            }
        });
        Span span = builder.startSpan();
        return new CallSpan(call, span, parent.with(span));
    }

    /** One call's span and the context its attempts are children of. */
    private final class CallSpan implements Trace {
        private final Start call;
        private final Span span;
        private final Context context;

        CallSpan(Start call, Span span, Context context) {
            this.call = call;
            this.span = span;
            this.context = context;
        }

        @Override
        public AttemptTrace attempt(int number, BiConsumer<String, String> header) {
            SpanBuilder builder = tracer.spanBuilder(call.method() + " " + call.path()).setParent(context)
                .setSpanKind(SpanKind.CLIENT).setAttribute(HTTP_METHOD, call.method())
                .setAttribute(URL_TEMPLATE, call.path()).setAttribute(SERVER_ADDRESS, call.host())
                .setAttribute(SERVER_PORT, (long) call.port());
            if (number > 1) {
                builder.setAttribute(RESEND_COUNT, (long) number - 1);
            }
            Span attempt = builder.startSpan();
            propagator.inject(context.with(attempt), header, HEADERS);
            return ended -> {
                ended.status().ifPresent(status -> attempt.setAttribute(STATUS_CODE, (long) status));
                if (ended.status().isPresent() && ended.status().getAsInt() >= 400) {
                    attempt.setAttribute(ERROR_TYPE, Integer.toString(ended.status().getAsInt()));
                    attempt.setStatus(StatusCode.ERROR);
                } else if (ended.failure().isPresent()) {
                    attempt.setAttribute(ERROR_TYPE, ended.failure().get());
                    attempt.setStatus(StatusCode.ERROR);
                }
                attempt.end();
            };
        }

        @Override
        public void retrying(CallListener.Retry retry) {
            span.addEvent("ductape.retry", Attributes.of(RETRY_ATTEMPT, (long) retry.attempt(), RETRY_DELAY,
                retry.delay().toMillis()));
        }

        @Override
        public void ended(CallListener.Completion completion) {
            span.setAttribute(ATTEMPTS, (long) completion.attempts());
            completion.error().ifPresent(this::failed);
            span.end();
        }

        private void failed(SessionError error) {
            String code = error.code().name();
            span.setAttribute(ERROR_CODE, code);
            span.setAttribute(ERROR_TYPE, code);
            span.setStatus(StatusCode.ERROR, code);
            // the exception's own message may quote the server's, which can name a user: this one cannot
            span.addEvent("exception", Attributes.of(EXCEPTION_TYPE, error.getClass().getName(), EXCEPTION_MESSAGE,
                code + ": " + error.operation() + " failed" + (error.httpStatus().isPresent()
                    ? " with HTTP " + error.httpStatus().getAsInt() : "")));
        }
    }
}
