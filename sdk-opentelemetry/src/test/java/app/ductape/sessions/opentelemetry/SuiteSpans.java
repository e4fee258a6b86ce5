package app.ductape.sessions.opentelemetry;

import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorCredentials;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every span this module's tests make, and every secret they handled (credentials, tokens, refresh tokens,
 * identifiers), for {@link SecretsInSpansTest}: each test class's OpenTelemetry comes from here.
 */
final class SuiteSpans {
    private static final InMemorySpanExporter ALL = InMemorySpanExporter.create();
    /** Into {@link #ALL}, which outlives each test class's OpenTelemetry (closing one shuts its exporters down). */
    private static final SpanExporter SUITE = new SpanExporter() {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            return ALL.export(spans);
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    };
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private SuiteSpans() {}

    /** An OpenTelemetry with W3C propagation that exports every span to {@code exporter} and to the suite's record. */
    static OpenTelemetrySdk openTelemetry(InMemorySpanExporter exporter) {
        return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).addSpanProcessor(SimpleSpanProcessor.create(SUITE))
                .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    }

    /** Values no span may hold. */
    static void secret(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                SECRETS.add(value);
            }
        }
    }

    /** The emulator's workspace credentials: public_key, user_id, the workspace id, the token and access key. */
    static void secretsOf(DuctapeEmulator emulator) {
        EmulatorCredentials credentials = emulator.credentials();
        secret(credentials.accessKey(), credentials.publicKey(), credentials.userId(), credentials.workspaceId(),
            credentials.token());
    }

    /** A started session's token and refresh token. */
    static StartSessionResult secretsOf(StartSessionResult session) {
        secret(session.token(), session.refreshToken());
        return session;
    }

    static List<SpanData> all() {
        return ALL.getFinishedSpanItems();
    }

    static Set<String> secrets() {
        return Set.copyOf(SECRETS);
    }
}
