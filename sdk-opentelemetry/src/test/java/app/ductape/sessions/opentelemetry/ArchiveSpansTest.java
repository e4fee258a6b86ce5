package app.ductape.sessions.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.archive.ActivityArchive;
import app.ductape.sessions.archive.SourceReport;
import app.ductape.sessions.archive.SyncReport;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive sync's tree of spans: the sync, its source, its pages, and the source's calls under it. */
class ArchiveSpansTest {
    @TempDir
    Path directory;

    @Test
    void aSyncIsASpanWithASourceChildHoldingItsPagesAndItsCalls() {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        try (OpenTelemetrySdk openTelemetry = SuiteSpans.openTelemetry(exporter);
             DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start()) {
            SuiteSpans.secretsOf(emulator);
            DuctapeTelemetry telemetry = DuctapeTelemetry.create(openTelemetry);
            SyncReport report;
            try (SessionsService sessions = telemetry.install(emulator.sessionsServiceBuilder()).build();
                 ActivityArchive archive = telemetry.archive().install(ActivityArchive.builder()
                     .jdbcUrl("jdbc:sqlite:" + directory.resolve("activity.db"))
                     .source(new DuctapeActivitySource(sessions, "my-product", "user-session")).pageSize(500)).build()) {
                report = archive.sync();
            }

            List<SpanData> spans = exporter.getFinishedSpanItems();
            SpanData sync = one(spans, "ductape.archive sync");
            SpanData source = one(spans, "ductape.archive source");
            SourceReport counts = report.sources().get(0);
            assertThat(source.getParentSpanId()).isEqualTo(sync.getSpanId());
            assertThat(source.getAttributes().get(AttributeKey.stringKey("ductape.archive.source"))).isEqualTo("ductape");
            assertThat(source.getAttributes().get(AttributeKey.stringKey("ductape.archive.status"))).isEqualTo("synced");
            assertThat(source.getAttributes().get(AttributeKey.longKey("ductape.archive.read"))).isEqualTo(counts.read())
                .isPositive();
            assertThat(source.getAttributes().get(AttributeKey.longKey("ductape.archive.inserted")))
                .isEqualTo(counts.inserted());
            assertThat(sync.getAttributes().get(AttributeKey.longKey("ductape.archive.read"))).isEqualTo(counts.read());
            List<SpanData> pages = spans.stream().filter(s -> s.getName().equals("ductape.archive page")).toList();
            assertThat(pages).hasSize(counts.pages()).allSatisfy(page ->
                assertThat(page.getParentSpanId()).isEqualTo(source.getSpanId()));
            assertThat(pages.stream().mapToLong(p -> p.getAttributes().get(AttributeKey.longKey("ductape.archive.records")))
                .sum()).isEqualTo(counts.read());
            List<SpanData> calls = spans.stream().filter(s -> s.getName().equals("ductape.sessions fetchActivityLogs"))
                .toList();
            assertThat(calls).isNotEmpty().allSatisfy(call ->
                assertThat(call.getParentSpanId()).isEqualTo(source.getSpanId()));
            assertThat(spans.toString()).doesNotContain("@example.com");
        }
    }

    private static SpanData one(List<SpanData> spans, String name) {
        List<SpanData> named = spans.stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).as(name).hasSize(1);
        return named.get(0);
    }
}
