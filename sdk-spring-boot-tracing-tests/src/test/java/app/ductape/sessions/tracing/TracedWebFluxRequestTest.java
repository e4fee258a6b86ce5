package app.ductape.sessions.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.opentelemetry.DuctapeTelemetry;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorCredentials;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A WebFlux request on Reactor Netty, traced by the OpenTelemetry support of the run (Spring Boot's own in
 * the execution {@code boot-opentelemetry}, the OpenTelemetry Spring Boot starter in
 * {@code opentelemetry-starter}): the web filter's miss is a child of the request's server span, the Ductape
 * call a child of the miss, the attempt a child of the call, and the emulator received the attempt's
 * {@code traceparent}; a hit makes no span of the SDK's.
 */
@SpringBootTest(classes = TracedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.main.web-application-type=reactive", "spring.main.banner-mode=off",
        "ductape.sessions.filter.enabled=true", "ductape.sessions.filter.url-patterns=/api/*",
        "ductape.sessions.verifier.tag=user-session",
        // Spring Boot's support: tracing as the application runs it (Boot 3 turns it off in tests), every trace
        // sampled, nothing sent over OTLP
        "spring.test.observability.auto-configure=true", "management.tracing.sampling.probability=1.0", "management.opentelemetry.tracing.export.otlp.enabled=false",
        "management.otlp.metrics.export.enabled=false", "management.opentelemetry.logging.export.otlp.enabled=false",
        // the OpenTelemetry starter's: nothing exported but to the test's recorder
        "otel.traces.exporter=none", "otel.metrics.exporter=none", "otel.logs.exporter=none"})
class TracedWebFluxRequestTest {
    private static final DuctapeEmulator EMULATOR = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OpenTelemetry openTelemetry;
    @Autowired
    TracedApplication.RecordedSpans recorded;
    InMemorySpanExporter spans;
    @Autowired
    SessionsService sessions;

    @DynamicPropertySource
    static void ductape(DynamicPropertyRegistry registry) {
        EmulatorCredentials credentials = EMULATOR.credentials();
        Map.of("ductape.workspace-id", credentials.workspaceId(), "ductape.public-key", credentials.publicKey(),
            "ductape.user-id", credentials.userId(), "ductape.token", credentials.token(),
            "ductape.env-type", EmulatorCredentials.ENV_TYPE, "ductape.base-url", EMULATOR.baseUrl(),
            "ductape.product", EMULATOR.defaultProduct().orElseThrow(), "ductape.env",
            EMULATOR.defaultEnv().orElseThrow(), "ductape.max-retries", "0").forEach((name, value) ->
            registry.add(name, () -> value));
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @BeforeEach
    void forgetEarlierSpans() {
        spans = recorded.exporter();
        flush();
        spans.reset();
    }

    private String token() {
        return sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "ada@example.com")).build()).token();
    }

    /**
     * A request on a connection of its own: Reactor Netty 1.3.6 (Boot 4.0.7's) stops reading a keep-alive
     * connection after a response completed off its event loop, as a miss's does (reactor-netty#4361, fixed in
     * 1.3.8; the README's WebFlux section says so), and the JDK's client keeps connections alive.
     */
    private HttpResponse<String> get(String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private void flush() {
        if (openTelemetry instanceof OpenTelemetrySdk sdk) {
            sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS);
        }
    }

    /** The spans recorded once the server span of the request has ended (it ends after the response is sent). */
    private List<SpanData> finished() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            flush();
            List<SpanData> all = spans.getFinishedSpanItems();
            if (all.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER)) {
                return all;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no server span was recorded: " + spans.getFinishedSpanItems());
    }

    private static SpanData one(List<SpanData> all, String name) {
        List<SpanData> named = all.stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).as("spans named %s in %s", name, all).hasSize(1);
        return named.get(0);
    }

    private static Optional<SpanData> parentOf(List<SpanData> all, SpanData span) {
        return all.stream().filter(s -> s.getSpanId().equals(span.getParentSpanId())).findFirst();
    }

    @Test
    void theRunsOwnSupportMadeTheOpenTelemetryTheStarterTraces() {
        boolean starter = "opentelemetry-starter".equals(System.getProperty("tracing.support"));
        assertThat(context.getBeansOfType(DuctapeTelemetry.class)).hasSize(1);
        String[] openTelemetries = context.getBeanNamesForType(OpenTelemetry.class);
        assertThat(openTelemetries).hasSize(1);
        String madeBy = context.getType(((ConfigurableApplicationContext) context).getBeanFactory()
            .getBeanDefinition(openTelemetries[0]).getFactoryBeanName()).getName();
        assertThat(madeBy).startsWith(starter ? "io.opentelemetry.instrumentation.spring." : "org.springframework.boot.");
        assertThat(isPresent(TracedApplication.OPENTELEMETRY_STARTER)).isEqualTo(starter);
        assertThat(isPresent("io.micrometer.tracing.otel.bridge.OtelTracer")).isEqualTo(!starter);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, TracedWebFluxRequestTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void theFiltersMissIsAChildOfTheServerSpanAndDuctapesCallOfTheMiss() throws Exception {
        HttpResponse<String> response = get(token());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ada@example.com");

        List<SpanData> all = finished();
        SpanData server = all.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData miss = one(all, "ductape.sessions verify (cached)");
        SpanData call = one(all, "ductape.sessions verify");
        SpanData attempt = all.stream().filter(s -> s.getParentSpanId().equals(call.getSpanId())).findFirst()
            .orElseThrow(() -> new AssertionError("no attempt under " + call));
        assertThat(parentOf(all, miss)).as("the miss's parent").contains(server);
        assertThat(parentOf(all, call)).as("the call's parent").contains(miss);
        assertThat(attempt.getTraceId()).isEqualTo(server.getTraceId());
        // the flags: sampled, and (OpenTelemetry 1.65 and later) the W3C level 2 random trace id
        assertThat(EMULATOR.lastTraceparent()).hasValueSatisfying(traceparent -> assertThat(traceparent)
            .matches("00-" + attempt.getTraceId() + "-" + attempt.getSpanId() + "-0[13]"));
    }

    @Test
    void noSpanOfTheSdksHoldsTheTokenTheUserOrACredential() throws Exception {
        String token = token();
        get(token);
        get("user-session:not-a-token");

        EmulatorCredentials credentials = EMULATOR.credentials();
        List<String> secrets = List.of(token, "ada@example.com", credentials.publicKey(), credentials.userId(),
            credentials.workspaceId(), credentials.token(), "not-a-token");
        List<SpanData> ours = finished().stream().filter(s -> s.getName().startsWith("ductape.")
            || s.getInstrumentationScopeInfo().getName().equals(DuctapeTelemetry.INSTRUMENTATION_NAME)).toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(6);
        for (SpanData span : ours) {
            String recorded = span.getName() + " " + span.getAttributes() + " " + span.getEvents().stream()
                .map(event -> event.getName() + " " + event.getAttributes()).toList();
            assertThat(secrets).noneMatch(recorded::contains);
        }
    }

    @Test
    void aHitMakesNoSpanOfTheSdks() throws Exception {
        String token = token();
        get(token);
        forgetEarlierSpans();

        assertThat(get(token).statusCode()).isEqualTo(200);

        assertThat(finished()).noneMatch(s -> s.getName().startsWith("ductape."));
    }
}
