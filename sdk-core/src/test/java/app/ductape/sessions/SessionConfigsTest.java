package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** create, list, fetch, update and delete of session configurations, through Ductape's SDK proxy. */
class SessionConfigsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECKOUT_JSON = "{\"name\":\"Checkout Session\",\"tag\":\"checkout-session\","
        + "\"description\":\"Session for checkout flow\",\"selector\":\"$Session{userId}\",\"expiry\":1,"
        + "\"period\":\"hours\",\"schema\":{\"userId\":\"user_123\",\"email\":\"user@example.com\"}}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.workspaceClient(server).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    private static SessionConfig.Builder checkout() {
        return SessionConfig.builder().name("Checkout Session").tag("checkout-session")
            .description("Session for checkout flow").selector("$Session{userId}").expiry(1).period(ExpiryPeriod.HOURS)
            .schema(Map.of("userId", "user_123", "email", "user@example.com"));
    }

    @Test
    void createPostsTheConfigAndReturnsTheStoredOne() throws Exception {
        server.enqueue(Wire.proxy(CHECKOUT_JSON));

        SessionConfig stored = sessions.create("my-product", checkout().build());

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = ProxyRequest.of(request, Wire.PUBLIC_KEY);
        assertThat(proxied.method()).isEqualTo("create");
        assertThat(proxied.params().get(0).asText()).isEqualTo("my-product");
        assertThat(proxied.params().get(1)).isEqualTo(JSON.readTree(CHECKOUT_JSON));
        assertThat(proxied.params().get(1).fieldNames()).toIterable().containsExactly("tag", "name", "description",
            "expiry", "period", "selector", "schema");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(stored).isEqualTo(checkout().build());
        assertThat(stored.period()).isEqualTo(ExpiryPeriod.HOURS);
        assertThat(stored.period().toDuration(stored.expiry())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void duplicateTagIsCreateConfigFailedWith409AndIsNotRetried() {
        server.enqueue(Wire.json(409, "{\"status\":false,\"message\":\"Session config checkout-session exists\"}"));

        SessionError error;
        try (SessionsService retrying = Wire.workspaceClient(server).maxRetries(2).build()) {
            error = catchThrowableOfType(SessionError.class, () -> retrying.create("my-product", checkout().build()));
        }

        assertThat(error.code()).isEqualTo(SessionErrorCode.CREATE_CONFIG_FAILED);
        assertThat(error.httpStatus()).hasValue(409);
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"secs, SECONDS, PT1S", "seconds, SECONDS, PT1S", "mins, MINUTES, PT1M", "minutes, MINUTES, PT1M",
        "hours, HOURS, PT1H", "days, DAYS, PT24H", "weeks, WEEKS, PT168H", "months, MONTHS, PT720H",
        "year, YEARS, PT8760H", "years, YEARS, PT8760H", "Months, MONTHS, PT720H"})
    void everyPeriodSpellingOfDuctapeIsReadFromTheWire(String spelling, ExpiryPeriod period, Duration unit) {
        server.enqueue(Wire.proxy("{\"name\":\"Other\",\"tag\":\"other\",\"selector\":\"$Session{email}\","
            + "\"expiry\":7,\"period\":\"" + spelling + "\",\"schema\":{\"email\":\"a@b.c\"}}"));

        SessionConfig config = sessions.fetch("my-product", "other");

        assertThat(config.period()).isEqualTo(period);
        assertThat(config.periodValue()).isEqualTo(spelling);
        assertThat(period.toDuration(1)).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource({"SECONDS, seconds", "MINUTES, minutes", "HOURS, hours", "DAYS, days", "WEEKS, weeks",
        "MONTHS, months", "YEARS, years"})
    void aPeriodIsWrittenInTheSdkDocsSpelling(ExpiryPeriod period, String written) throws Exception {
        server.enqueue(Wire.proxy(CHECKOUT_JSON));

        sessions.create("my-product", checkout().period(period).build());

        assertThat(ProxyRequest.of(server.takeRequest(), Wire.PUBLIC_KEY).params().get(1).get("period").asText())
            .isEqualTo(written);
    }

    @Test
    void listGetsTheConfigsOfAProduct() throws Exception {
        server.enqueue(Wire.proxy("[" + CHECKOUT_JSON + ",{\"name\":\"Other\",\"tag\":\"other\",\"selector\":"
            + "\"$Session{details.email}\",\"expiry\":30,\"period\":\"fortnights\",\"schema\":{\"details\":"
            + "{\"email\":\"a@b.c\"}},\"_id\":\"cfg_2\"}]"));

        List<SessionConfig> configs = sessions.list("my-product");

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = ProxyRequest.of(request, Wire.PUBLIC_KEY);
        assertThat(proxied.method()).isEqualTo("list");
        assertThat(proxied.params()).isEqualTo(JSON.readTree("[\"my-product\"]"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(configs).hasSize(2);
        assertThat(configs.get(0)).isEqualTo(checkout().build());
        assertThat(configs.get(1).period()).isEqualTo(ExpiryPeriod.UNKNOWN);
        assertThat(configs.get(1).periodValue()).isEqualTo("fortnights");
        assertThatThrownBy(() -> configs.add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> configs.get(1).schema().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listFailureIsListConfigsFailed() {
        server.enqueue(Wire.json(500, "{}"));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.list("p")).code())
            .isEqualTo(SessionErrorCode.LIST_CONFIGS_FAILED);
    }

    @Test
    void fetchGetsOneConfigByTag() throws Exception {
        server.enqueue(Wire.proxy(CHECKOUT_JSON));

        assertThat(sessions.fetch("my-product", "checkout-session").name()).isEqualTo("Checkout Session");

        ProxyRequest proxied = ProxyRequest.of(server.takeRequest(), Wire.PUBLIC_KEY);
        assertThat(proxied.method()).isEqualTo("fetch");
        assertThat(proxied.params()).isEqualTo(JSON.readTree("[\"my-product\",\"checkout-session\"]"));
    }

    @Test
    void unknownTagIsConfigNotFound() {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"not found\"}"));
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"not found\"}"));
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"not found\"}"));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.fetch("p", "nope")).code())
            .isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.update("p", "nope",
            SessionConfigUpdate.builder().expiry(2).build())).code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.delete("p", "nope")).code())
            .isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
    }

    @Test
    void otherFailuresCarryEachCallsCode() {
        server.enqueue(Wire.json(500, "{}"));
        server.enqueue(Wire.json(500, "{}"));
        server.enqueue(Wire.json(500, "{}"));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.fetch("p", "t")).code())
            .isEqualTo(SessionErrorCode.FETCH_CONFIG_FAILED);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.update("p", "t",
            SessionConfigUpdate.builder().expiry(2).build())).code()).isEqualTo(SessionErrorCode.UPDATE_CONFIG_FAILED);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.delete("p", "t")).code())
            .isEqualTo(SessionErrorCode.DELETE_CONFIG_FAILED);
    }

    @Test
    void updatePatchesOnlyTheFieldsSet() throws Exception {
        server.enqueue(Wire.proxy(CHECKOUT_JSON.replace("\"expiry\":1", "\"expiry\":2")));

        SessionConfig updated = sessions.update("my-product", "checkout-session",
            SessionConfigUpdate.builder().expiry(2).period(ExpiryPeriod.HOURS).build());

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = ProxyRequest.of(request, Wire.PUBLIC_KEY);
        assertThat(proxied.method()).isEqualTo("update");
        assertThat(proxied.params()).isEqualTo(JSON.readTree("[\"my-product\",\"checkout-session\","
            + "{\"expiry\":2,\"period\":\"hours\"}]"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(updated.expiry()).isEqualTo(2);
    }

    @Test
    void deleteSendsTheProductAndTagAndAcceptsAnAnswerWithoutData() throws Exception {
        server.enqueue(Wire.json(200, "{\"status\":true}"));
        server.enqueue(Wire.proxy("true"));

        sessions.delete("my-product", "checkout-session");
        sessions.delete("my-product", "checkout-session");

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = ProxyRequest.of(request, Wire.PUBLIC_KEY);
        assertThat(proxied.method()).isEqualTo("delete");
        assertThat(proxied.params()).isEqualTo(JSON.readTree("[\"my-product\",\"checkout-session\"]"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    }

    @Test
    void deleteAnsweredStatusFalseFails() {
        server.enqueue(Wire.json(200, "{\"status\":false,\"message\":\"in use\"}"));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.delete("p", "t")).serverMessage())
            .hasValue("in use");
    }

    @ParameterizedTest
    @ValueSource(strings = {"userId", "$Session{}", "$Session{userId", "Session{userId}", "${userId}",
        "$Session{user id}", "$Session{a..b}"})
    void selectorMustHaveTheSessionForm(String selector) {
        assertThatThrownBy(() -> checkout().selector(selector).build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`selector` must have the form "
                + "$Session{fieldName}");
    }

    @Test
    void dottedSelectorIsAcceptedWhenTheSchemaHoldsAPrimitiveThere() {
        SessionConfig config = checkout().selector("$Session{details.email}")
            .schema(Map.of("details", Map.of("email", "a@b.c"))).build();

        assertThat(config.selector()).isEqualTo("$Session{details.email}");
    }

    @Test
    void schemaMustHoldAPrimitiveAtTheSelector() {
        assertThatThrownBy(() -> checkout().selector("$Session{details}").schema(Map.of("details", Map.of("a", 1)))
            .build()).hasMessageContaining("`schema`").hasMessageContaining("details");
        assertThatThrownBy(() -> checkout().selector("$Session{missing}").build()).hasMessageContaining("`schema`")
            .hasMessageContaining("nothing there");
        assertThat(checkout().schema(Map.of("userId", 42)).build().schema()).containsEntry("userId", 42);
        assertThat(checkout().schema(Map.of("userId", true)).build()).isNotNull();
        assertThatThrownBy(() -> checkout().schema(null).build()).hasMessageContaining("`schema` is required");
    }

    @Test
    void configFieldsAreValidated() {
        assertThatThrownBy(() -> checkout().name(" ").build()).hasMessageContaining("`name`");
        assertThatThrownBy(() -> checkout().tag(null).build()).hasMessageContaining("`tag`");
        assertThatThrownBy(() -> checkout().expiry(0).build()).hasMessageContaining("`expiry` must be > 0");
        assertThatThrownBy(() -> checkout().period(null).build()).hasMessageContaining("`period`");
        assertThatThrownBy(() -> checkout().period(ExpiryPeriod.UNKNOWN).build()).hasMessageContaining("`period`");
        assertThat(ExpiryPeriod.from("Days")).isEqualTo(ExpiryPeriod.DAYS);
        assertThatThrownBy(() -> ExpiryPeriod.from("fortnights")).hasMessageContaining("`period` must be one of "
            + "seconds (secs), minutes (mins), hours, days, weeks, months, years (year), but was 'fortnights'");
    }

    @Test
    void updateValidatesTheFieldsSetAndNeedsOne() {
        assertThatThrownBy(() -> SessionConfigUpdate.builder().build()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> SessionConfigUpdate.builder().expiry(-1).build()).hasMessageContaining("`expiry`");
        assertThatThrownBy(() -> SessionConfigUpdate.builder().selector("userId").build())
            .hasMessageContaining("`selector`");
        assertThatThrownBy(() -> SessionConfigUpdate.builder().selector("$Session{id}").schema(Map.of("x", 1)).build())
            .hasMessageContaining("`schema`");
    }

    @Test
    void aBlankProductOrTagIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> sessions.fetch(" ", "t")).hasMessageContaining("`product`");
        assertThatThrownBy(() -> sessions.delete("p", "")).hasMessageContaining("`tag`");
        assertThatThrownBy(() -> sessions.list(null)).hasMessageContaining("`product`");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void toBuilderRoundTrips() {
        SessionConfig config = checkout().build();

        assertThat(config.toBuilder().build()).isEqualTo(config);
    }
}
