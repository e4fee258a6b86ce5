package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.transport.CallTracer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Traces the Ductape Sessions SDK with OpenTelemetry: each call is a span {@code ductape.sessions <operation>}
 * (kind CLIENT) with its product, session tag, attempts and, on failure, its error code; each HTTP attempt is
 * its child, with the HTTP client conventions ({@code http.request.method}, {@code url.template},
 * {@code server.address}, {@code server.port}, {@code http.response.status_code}, {@code error.type}), and
 * carries the trace context to Ductape through the configured propagators (W3C {@code traceparent} and
 * {@code tracestate} by default). A call made through {@code sessions.async()} is a child of the span current
 * when it was made. No span holds a token, session data, an identifier or a credential.
 *
 * <pre>{@code
 * DuctapeTelemetry telemetry = DuctapeTelemetry.create(openTelemetry);
 * SessionsService sessions = telemetry.install(SessionsService.builder().fromEnv()).build();
 * }</pre>
 *
 * <p>With the OpenTelemetry API's no-op (no SDK installed), nothing is recorded and nothing changes.
 */
public final class DuctapeTelemetry {
    // No type of the middleware or the archive appears in this class (Spring reads every method's signature of
    // a bean): verifier() and archive() hand out classes of their own that do, loaded only when used.
    /** The instrumentation scope's name. */
    public static final String INSTRUMENTATION_NAME = "app.ductape.sessions";
    /** The instrumentation scope's version: this module's. */
    public static final String INSTRUMENTATION_VERSION = version();

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;
    private final CallTracer callTracer;
    private final boolean verifierHits;

    private DuctapeTelemetry(Builder builder) {
        this.openTelemetry = builder.openTelemetry;
        this.verifierHits = builder.verifierHits;
        this.tracer = openTelemetry.getTracerProvider().tracerBuilder(INSTRUMENTATION_NAME)
            .setInstrumentationVersion(INSTRUMENTATION_VERSION).build();
        this.callTracer = new SessionCallTracer(tracer, builder.propagator != null ? builder.propagator
            : openTelemetry.getPropagators().getTextMapPropagator());
        // OpenTelemetry finds its context storage through a ServiceLoader, reading jars, on the first
        // Context.current(): here, on the thread that sets tracing up, not later on a Netty event loop
        Context.current();
    }

    /**
     * Tracing through {@code openTelemetry}: its tracer provider and its propagators.
     *
     * @param openTelemetry the application's OpenTelemetry, such as {@code GlobalOpenTelemetry.get()}
     * @return the telemetry
     * @throws NullPointerException when {@code openTelemetry} is null
     */
    public static DuctapeTelemetry create(OpenTelemetry openTelemetry) {
        return builder(openTelemetry).build();
    }

    /**
     * A builder of tracing through {@code openTelemetry}, for what is off by default.
     *
     * @param openTelemetry the application's OpenTelemetry
     * @return the builder
     * @throws NullPointerException when {@code openTelemetry} is null
     */
    public static Builder builder(OpenTelemetry openTelemetry) {
        return new Builder(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * Installs the tracing on a client's builder.
     *
     * @param builder the builder of the client to trace
     * @return the same builder
     */
    public SessionsService.Builder install(SessionsService.Builder builder) {
        return Objects.requireNonNull(builder, "builder").transport(transport -> transport.callTracer(callTracer));
    }

    /**
     * The tracing of a {@code SessionVerifier} (needs {@code ductape-sessions-middleware}): a miss, a wait for
     * another caller's request and an answer served stale each make a span {@code ductape.sessions verify
     * (cached)}, the Ductape call its child; hits too when {@link Builder#verifierHits(boolean)}.
     *
     * @return the verifier's tracing
     */
    public VerifierTracing verifier() {
        return new VerifierTracing(tracer, verifierHits);
    }

    /**
     * The tracing of an {@code ActivityArchive} (needs {@code ductape-sessions-archive}): each sync a span
     * {@code ductape.archive sync}, each source scope and each page written its children.
     *
     * @return the archive's tracing
     */
    public ArchiveTracing archive() {
        return new ArchiveTracing(tracer);
    }

    /**
     * The tracer of calls, for a client built on {@code HttpApiClient} (such as a connector's), through its
     * {@code transport(t -> t.callTracer(...))}.
     *
     * @return the call tracer
     */
    public CallTracer callTracer() {
        return callTracer;
    }

    @Override
    public String toString() {
        return "DuctapeTelemetry[" + openTelemetry + ", verifierHits=" + verifierHits + "]";
    }

    /** Builds a {@link DuctapeTelemetry}. */
    public static final class Builder {
        private final OpenTelemetry openTelemetry;
        private boolean verifierHits;
        private TextMapPropagator propagator;

        private Builder(OpenTelemetry openTelemetry) {
            this.openTelemetry = openTelemetry;
        }

        /**
         * The propagator that writes the trace context into each attempt's headers, where it is not the
         * OpenTelemetry's own: Spring Boot 3's tracing, for one, gives its propagators to Micrometer, and the
         * {@code OpenTelemetry} bean it makes propagates nothing.
         *
         * @param propagator the propagator (default: {@code openTelemetry.getPropagators().getTextMapPropagator()})
         * @return this builder
         * @throws NullPointerException when {@code propagator} is null
         */
        public Builder propagator(TextMapPropagator propagator) {
            this.propagator = Objects.requireNonNull(propagator, "propagator");
            return this;
        }

        /**
         * Whether a verifier's cache hits make spans too, for debugging (default {@code false}: a hit costs
         * about 300 ns, and a span more).
         *
         * @param verifierHits {@code true} to trace hits
         * @return this builder
         */
        public Builder verifierHits(boolean verifierHits) {
            this.verifierHits = verifierHits;
            return this;
        }

        /**
         * Builds the telemetry.
         *
         * @return the telemetry
         */
        public DuctapeTelemetry build() {
            return new DuctapeTelemetry(this);
        }
    }

    private static String version() {
        try (InputStream in = DuctapeTelemetry.class.getResourceAsStream("telemetry.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
