package app.ductape.sessions.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.ErrorCode;
import app.ductape.sessions.RecordingSleeper;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public transport: what a connector to another API gets from the SDK's HTTP path. */
class HttpApiClientTest {
    private static final String PASSWORD = "s3cret-Passw0rd";
    private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {};

    record Item(String id, java.time.Instant at) {}

    /** The codes of the items API of these tests: an API's codes are its own enum. */
    enum ItemsErrorCode implements ErrorCode {
        FETCH_SESSION_LOG_FAILED, CREATE_SESSION_LOG_FAILED, VALIDATION_FAILED, SESSION_NOT_FOUND, SESSION_ALREADY_ENDED
    }

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private HttpApiClient api;

    private HttpApiClient.Builder client() {
        return HttpApiClient.builder().baseUrl(server.url("/root/").toString()).auth(Auth.basic("admin", PASSWORD))
            .maxRetries(0).sleeper(sleeper);
    }

    private static HttpApiCall.Builder items() {
        return HttpApiCall.get("fetchItems", ItemsErrorCode.FETCH_SESSION_LOG_FAILED, "items", "a/b c");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @AfterEach
    void close() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void getEncodesEachSegmentKeepsTheBasePathAddsQueryInOrderAndAuthenticates() throws Exception {
        api = client().build();
        server.enqueue(json(200, "[{\"id\":\"1\",\"at\":1651662280161},{\"id\":\"2\",\"at\":\"2022-05-04T11:04:40Z\"}]"));

        List<Item> result = api.execute(items().query("limit", 2).query("skip", null).query("from", 5).build(
            BodyDecoder.json(ITEMS)));

        assertThat(result).extracting(Item::id).containsExactly("1", "2");
        assertThat(result.get(0).at()).isEqualTo(java.time.Instant.ofEpochMilli(1651662280161L));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/root/items/a%2Fb%20c");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("limit=2&from=5");
        assertThat(request.getHeaders().get("Authorization"))
            .isEqualTo(okhttp3.Credentials.basic("admin", PASSWORD));
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void postSendsTheJsonBodyWithAnIdempotencyKey() throws Exception {
        api = client().auth(Auth.bearer("tok_abcdef123")).build();
        server.enqueue(json(200, "{\"id\":\"9\"}"));

        Item item = api.execute(HttpApiCall.post("create", ItemsErrorCode.CREATE_SESSION_LOG_FAILED, "items")
            .body(Map.of("action_type", "ENTERED")).build(BodyDecoder.json(Item.class)));

        assertThat(item.id()).isEqualTo("9");
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().utf8()).isEqualTo("{\"action_type\":\"ENTERED\"}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer tok_abcdef123");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    }

    @Test
    void secretHeadersAreSentAndNeverShown() throws Exception {
        Auth auth = Auth.secretHeaders(Map.of("ev-api-key", "key-123456", "ev-access-token", "token-987654"));
        api = client().auth(auth).build();
        server.enqueue(json(401, "{\"message\":\"bad token token-987654\"}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> api.execute(items().build(BodyDecoder.json(ITEMS))));

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getHeaders().get("ev-api-key")).isEqualTo("key-123456");
        assertThat(request.getHeaders().get("ev-access-token")).isEqualTo("token-987654");
        assertThat(error.getMessage()).doesNotContain("token-987654").contains("bad token ***");
        assertThat(auth.toString()).doesNotContain("key-123456").doesNotContain("token-987654");
        assertThat(api.toString()).doesNotContain("key-123456");
    }

    @Test
    void theErrorReaderSetsMessageCodeErrorCodeAndFieldErrors() {
        api = client().errorReader((status, body) -> new ServerError(ErrorReader.text(body.get("msg")), "E" + status,
            status == 422 ? ItemsErrorCode.VALIDATION_FAILED : null, Map.of("action_type", List.of("invalid"))))
            .build();
        server.enqueue(json(422, "{\"msg\":\"invalid data, password was " + PASSWORD + "\"}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> api.execute(items().build(BodyDecoder.json(ITEMS))));

        assertThat(error.code()).isEqualTo(ItemsErrorCode.VALIDATION_FAILED);
        assertThat(error.operation()).isEqualTo("fetchItems");
        assertThat(error.httpStatus()).hasValue(422);
        assertThat(error.serverMessage()).hasValue("invalid data, password was ***");
        assertThat(error.serverCode()).hasValue("E422");
        assertThat(error.fieldErrors()).containsExactly(Map.entry("action_type", List.of("invalid")));
        assertThat(error.getMessage()).contains("{action_type=[invalid]}").doesNotContain(PASSWORD);
    }

    @Test
    void aNonJsonErrorBodyLeavesTheStatusToSpeakAndTheErrorReaderSeesNull() {
        List<Object> seen = new CopyOnWriteArrayList<>();
        api = client().errorReader((status, body) -> {
            seen.add(body == null ? "null" : body);
            return ServerError.NONE;
        }).build();
        server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> api.execute(items().build(BodyDecoder.json(ITEMS))));

        assertThat(seen).containsExactly("null");
        assertThat(error.code()).isEqualTo(ItemsErrorCode.FETCH_SESSION_LOG_FAILED);
        assertThat(error.httpStatus()).hasValue(502);
        assertThat(error.serverMessage()).isEmpty();
    }

    @Test
    void notFoundGivesTheCallsNotFoundCode() {
        api = client().build();
        server.enqueue(json(404, "{\"message\":\"no such session\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> api.execute(
            items().notFound(ItemsErrorCode.SESSION_NOT_FOUND).build(BodyDecoder.json(ITEMS))));

        assertThat(error.code()).isEqualTo(ItemsErrorCode.SESSION_NOT_FOUND);
        assertThat(error.serverMessage()).hasValue("no such session");
    }

    @Test
    void aRejectedBodyFailsTheCallWithTheServersAccountAndIsNotRetried() {
        api = client().maxRetries(2).build();
        server.enqueue(json(200, "{\"success\":false,\"message\":\"nope\"}"));
        BodyDecoder<Item> decoder = parser -> {
            throw new RejectedBodyException("the server answered success false",
                new ServerError("nope", "x", ItemsErrorCode.SESSION_ALREADY_ENDED, Map.of()));
        };

        SessionError error = catchThrowableOfType(SessionError.class, () -> api.execute(items().build(decoder)));

        assertThat(error.code()).isEqualTo(ItemsErrorCode.SESSION_ALREADY_ENDED);
        assertThat(error.serverMessage()).hasValue("nope");
        assertThat(error.getMessage()).contains("the server answered success false");
        assertThat(error.attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void emptyTruncatedAndNullBodiesAreFailuresNotNulls() {
        api = client().build();
        server.enqueue(json(200, ""));
        server.enqueue(json(200, "[{\"id\":\"1\""));
        server.enqueue(json(200, "null"));

        for (String expected : List.of("empty", "not the expected JSON", "JSON null")) {
            SessionError error = catchThrowableOfType(SessionError.class,
                () -> api.execute(items().build(BodyDecoder.json(ITEMS))));
            assertThat(error.code()).isEqualTo(ItemsErrorCode.FETCH_SESSION_LOG_FAILED);
            assertThat(error.getMessage()).contains(expected);
        }
    }

    @Test
    void retriesAServerErrorWithBackoffThenSucceeds() {
        api = client().maxRetries(2).build();
        server.enqueue(json(503, "{}"));
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").body("{}").build());
        server.enqueue(json(200, "[]"));

        List<Item> result = api.execute(items().build(BodyDecoder.json(ITEMS)));

        assertThat(result).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(sleeper.delays).hasSize(2);
        assertThat(sleeper.delays.get(1)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void bodiesOverTheLimitFailUnread() {
        api = client().maxResponseBytes(64).build();
        server.enqueue(json(200, "[" + "{\"id\":\"1\"},".repeat(20) + "{\"id\":\"2\"}]"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> api.execute(items().build(BodyDecoder.json(ITEMS))));

        assertThat(error.getMessage()).contains("maxResponseBytes");
    }

    @Test
    void asyncCallsCompleteAndFailWithTheSameError() throws Exception {
        api = client().build();
        server.enqueue(json(200, "[{\"id\":\"1\"}]"));
        server.enqueue(json(500, "{\"message\":\"down\"}"));

        assertThat(api.executeAsync(items().build(BodyDecoder.json(ITEMS))).get(5, TimeUnit.SECONDS)).hasSize(1);
        assertThatThrownBy(() -> api.executeAsync(items().build(BodyDecoder.json(ITEMS))).get(5, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class).cause().isInstanceOf(SessionError.class)
            .hasMessageContaining("down");
    }

    @Test
    void rawResponsesCarryStatusAndHeaders() {
        api = client().build();
        server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "r1").addHeader("X-Total", "7")
            .body("[]").build());

        var raw = api.executeRaw(items().build(BodyDecoder.json(ITEMS)));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.header("x-total")).hasValue("7");
        assertThat(raw.requestId()).hasValue("r1");
    }

    @Test
    void theBuilderNamesWhatIsMissingOrUnsafe() {
        assertThatThrownBy(() -> HttpApiClient.builder().baseUrl(server.url("/").toString()).build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`auth`");
        assertThatThrownBy(() -> HttpApiClient.builder().auth(Auth.bearer("tok_abcdef")).build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`baseUrl`");
        assertThatThrownBy(() -> HttpApiClient.builder().baseUrl("http://example.com").auth(Auth.bearer("tok_abcdef"))
            .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
        assertThatThrownBy(() -> Auth.basic("admin", " ")).hasMessageContaining("`password`");
        assertThatThrownBy(() -> items().query(" ", 1)).hasMessageContaining("query parameter name");
        assertThatThrownBy(() -> HttpApiCall.get("op", ItemsErrorCode.FETCH_SESSION_LOG_FAILED, "a", ".."))
            .hasMessageContaining("segments[1]");
    }
}
