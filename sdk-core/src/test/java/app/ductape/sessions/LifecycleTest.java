package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.model.ActiveSession;
import app.ductape.sessions.model.ActiveSessionsPage;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * start, verify, refresh, revoke, revokeAll and listActive through Ductape's SDK proxy: the POST, its
 * headers and unencrypted fields, the decrypted payload ({@code module}, {@code method}, positional
 * {@code params}, {@code user_id}), the mapping of the answers, and the failures.
 */
class LifecycleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzZXNzXzEifQ.c2lnbmF0dXJlLXNlY3JldA";
    private static final String TOKEN = "user-session:" + JWT;
    private static final String REFRESH = "rt_4b1d2c3e5f6a7b8c9d0e";
    private static final String TOKENS = "{\"token\":\"" + TOKEN + "\",\"refreshToken\":\"" + REFRESH
        + "\",\"sessionId\":\"sess_1\",\"expiresAt\":\"2024-01-06T13:45:00Z\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.workspaceClient(server).product("my-product").env("prd").build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        assertThat(logs.all()).doesNotContain(JWT).doesNotContain(REFRESH);
    }

    private static ProxyRequest proxied(RecordedRequest request) throws Exception {
        return ProxyRequest.of(request, Wire.PUBLIC_KEY);
    }

    /** The decrypted payload's single params object. */
    private JsonNode param() throws Exception {
        return proxied(server.takeRequest()).param();
    }

    private static void assertIdempotencyKey(RecordedRequest request) {
        String key = request.getHeaders().get("Idempotency-Key");
        assertThat(key).isNotNull();
        assertThat(UUID.fromString(key)).isNotNull();
    }

    private static StartSessionOptions.Builder start() {
        return StartSessionOptions.builder().tag("user-session")
            .data(Map.of("userId", "user_123", "details", Map.of("email", "john@example.com")));
    }

    @Test
    void startPostsTheProxyRequestWithTheWorkspaceFieldsAndTheAccessToken() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));

        sessions.start(start().build());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/proxy/v1/sdk-proxy/execute");
        assertThat(request.getUrl().encodedQuery()).isNull();
        assertThat(request.getHeaders().get("x-access-token")).isEqualTo(Wire.WORKSPACE_TOKEN);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + Wire.WORKSPACE_TOKEN);
        ProxyRequest proxied = proxied(request);
        assertThat(proxied.body().fieldNames()).toIterable()
            .containsExactly("encrypted_payload", "workspace_id", "user_id", "public_key");
        assertThat(proxied.body().get("workspace_id").asText()).isEqualTo(Wire.WORKSPACE_ID);
        assertThat(proxied.body().get("user_id").asText()).isEqualTo(Wire.USER_ID);
        assertThat(proxied.body().get("public_key").asText()).isEqualTo(Wire.PUBLIC_KEY);
        assertThat(proxied.body().get("encrypted_payload").asText()).matches("[0-9a-f]{32}:[A-Za-z0-9+/=]+");
        assertThat(proxied.payload()).isEqualTo(JSON.readTree("{\"module\":\"sessions\",\"method\":\"start\","
            + "\"params\":[{\"product\":\"my-product\",\"env\":\"prd\",\"tag\":\"user-session\",\"data\":"
            + "{\"userId\":\"user_123\",\"details\":{\"email\":\"john@example.com\"}}}],\"user_id\":\"usr_456\"}"));
        assertIdempotencyKey(request);
    }

    @Test
    void eachProxyCallEncryptsWithAFreshIv() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));
        server.enqueue(Wire.proxy(TOKENS));

        sessions.start(start().build());
        sessions.start(start().build());

        String first = proxied(server.takeRequest()).body().get("encrypted_payload").asText();
        String second = proxied(server.takeRequest()).body().get("encrypted_payload").asText();
        assertThat(first.substring(0, 32)).isNotEqualTo(second.substring(0, 32));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void startSendsExpiresInSecondsAndCacheWhenSet() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));

        sessions.start(start().expiresIn(Duration.ofHours(24)).cache("login-42").build());

        JsonNode param = param();
        assertThat(param.get("expiresIn").asLong()).isEqualTo(86400);
        assertThat(param.get("cache").asText()).isEqualTo("login-42");
    }

    @Test
    void startOmitsUnsetOptionalFields() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));

        sessions.start(start().build());

        JsonNode param = param();
        assertThat(param.has("expiresIn")).isFalse();
        assertThat(param.has("cache")).isFalse();
    }

    record Profile(String userId, String plan) {}

    @Test
    void startAcceptsARecordAsData() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));

        sessions.start(StartSessionOptions.builder().tag("user-session").data(new Profile("user_9", "pro")).build());

        assertThat(param().get("data")).isEqualTo(JSON.readTree("{\"userId\":\"user_9\",\"plan\":\"pro\"}"));
    }

    @Test
    void startRejectsDataThatIsNotAnObject() {
        assertThatThrownBy(() -> sessions.start(StartSessionOptions.builder().tag("t").data("user_1").build()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`data`");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void dataJacksonCannotWriteIsRefusedNamingDataBeforeAnyRequest() {
        assertThatThrownBy(() -> sessions.start(StartSessionOptions.builder().tag("t").data(new Object()).build()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("`data`")
            .hasMessageContaining("java.lang.Object").hasMessageContaining("Map")
            .hasMessageNotContaining("FAIL_ON_EMPTY_BEANS");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void startMapsTheTokensKeepsTheProxysRequestIdAndMasksTheTokensInToString() {
        server.enqueue(Wire.proxy(TOKENS));

        RawResponse<StartSessionResult> raw = sessions.withRawResponse().start(start().build());

        StartSessionResult result = raw.value();
        assertThat(result.token()).isEqualTo(TOKEN);
        assertThat(result.refreshToken()).isEqualTo(REFRESH);
        assertThat(result.sessionId()).isEqualTo("sess_1");
        assertThat(result.expiresAt()).hasValue(Instant.parse("2024-01-06T13:45:00Z"));
        assertThat(result.toString()).doesNotContain(JWT).doesNotContain(REFRESH).contains("sess_1");
        assertThat(raw.requestId()).hasValue(Wire.PROXY_REQUEST_ID);
    }

    @Test
    void startWithoutExpiryGivesAnEmptyExpiresAt() {
        server.enqueue(Wire.proxy("{\"token\":\"t:x\",\"refreshToken\":\"r\"}"));

        assertThat(sessions.start(start().build()).expiresAt()).isEmpty();
    }

    @Test
    void aProxyAnswerWithoutAResultIsAFailureOfTheCall() {
        server.enqueue(Wire.json(200, "{\"status\":true,\"data\":{\"execution_time_ms\":3}}"));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.start(start().build())).code())
            .isEqualTo(SessionErrorCode.CREATE_FAILED);
    }

    @Test
    void aStatusFalseWithHttp200CarryingDuctapesCodeFailsWithThatCode() {
        server.enqueue(Wire.json(200, "{\"status\":false,\"message\":\"Session config not found\","
            + "\"code\":\"SESSION_NOT_FOUND\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.start(start().build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(error.operation()).isEqualTo("start");
        assertThat(error.httpStatus()).hasValue(200);
        assertThat(error.serverMessage()).hasValue("Session config not found");
        assertThat(error.serverCode()).hasValue("SESSION_NOT_FOUND");
    }

    @Test
    void eachLifecycleCallsFailureIsDuctapesName() {
        server.enqueue(Wire.json(500, "{\"status\":false,\"message\":\"boom\"}"));
        server.enqueue(Wire.json(500, "{\"status\":false,\"message\":\"boom\"}"));
        server.enqueue(Wire.json(500, "{\"status\":false,\"message\":\"boom\"}"));
        SessionsService once = Wire.workspaceClient(server).product("my-product").env("prd").maxRetries(0).build();

        try (once) {
            assertThat(catchThrowableOfType(SessionError.class, () -> once.start(start().build())).code())
                .isEqualTo(SessionErrorCode.CREATE_FAILED);
            assertThat(catchThrowableOfType(SessionError.class, () -> once.verify(VerifySessionOptions.builder()
                .tag("user-session").token(TOKEN).build())).code()).isEqualTo(SessionErrorCode.VERIFY_FAILED);
            assertThat(catchThrowableOfType(SessionError.class, () -> once.refresh(RefreshSessionOptions.builder()
                .tag("user-session").refreshToken(REFRESH).build())).code()).isEqualTo(SessionErrorCode.REFRESH_FAILED);
        }
    }

    @Test
    void aBare404OfALifecycleCallIsTheUnknownTag() {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"Not found\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.verify(VerifySessionOptions
            .builder().tag("user-session").token(TOKEN).build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(error.operation()).isEqualTo("verify");
    }

    @Test
    void theProxysEnvNotFoundIsTheErrorsCode() {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"Environment 'prd' not found\","
            + "\"code\":\"ENV_NOT_FOUND\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.listActive(
            ListActiveSessionsOptions.builder().tag("user-session").build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.ENV_NOT_FOUND);
        assertThat(error.operation()).isEqualTo("listActive");
    }

    @Test
    void anHttpErrorOfTheProxyKeepsTheMostSpecificMessage() {
        server.enqueue(Wire.json(502, "{\"message\":\"Request failed with status code 502\","
            + "\"upstream_error\":{\"message\":\"sessions service timed out\"},\"code\":\"UPSTREAM\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.verify(VerifySessionOptions
            .builder().tag("user-session").token(TOKEN).build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.VERIFY_FAILED);
        assertThat(error.serverMessage()).hasValue("sessions service timed out");
        assertThat(error.serverCode()).hasValue("UPSTREAM");
    }

    @Test
    void startIsNotRetriedUnlessAskedForItIsNotIdempotent() {
        try (SessionsService retrying = Wire.workspaceClient(server).product("my-product").env("prd").maxRetries(2)
            .sleeper(new RecordingSleeper()).build()) {
            server.enqueue(Wire.json(503, "{}"));
            assertThat(catchThrowableOfType(SessionError.class, () -> retrying.start(start().build())).attempts())
                .isEqualTo(1);

            server.enqueue(Wire.json(503, "{}"));
            server.enqueue(Wire.proxy(TOKENS));
            assertThat(retrying.start(start().build(), RequestOptions.builder().maxRetries(1).build()).sessionId())
                .isEqualTo("sess_1");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void eachStartGetsAFreshIdempotencyKey() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));
        server.enqueue(Wire.proxy(TOKENS));

        sessions.start(start().build());
        sessions.start(start().build());

        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
            .isNotEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
    }

    @Test
    void verifySendsTheTokenWithoutIdempotencyKeyAndMapsTheAnswer() throws Exception {
        server.enqueue(Wire.proxy("{\"valid\":true,\"data\":{\"userId\":\"user_123\",\"plan\":\"pro\"},"
            + "\"sessionId\":\"sess_1\",\"expiresAt\":1704548700000}"));

        VerifySessionResult result = sessions.verify(VerifySessionOptions.builder().tag("user-session").token(TOKEN)
            .build());

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = proxied(request);
        assertThat(proxied.method()).isEqualTo("verify");
        assertThat(proxied.param()).isEqualTo(JSON.readTree("{\"product\":\"my-product\",\"env\":\"prd\","
            + "\"tag\":\"user-session\",\"token\":\"" + TOKEN + "\"}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(result.valid()).isTrue();
        assertThat(result.data()).containsEntry("userId", "user_123");
        assertThat(result.sessionId()).hasValue("sess_1");
        assertThat(result.expiresAt()).hasValue(Instant.ofEpochMilli(1704548700000L));
        assertThat(result.dataAs(Profile.class)).isEqualTo(new Profile("user_123", "pro"));
    }

    @Test
    void invalidTokenIsAnAnswerNotAnException() {
        server.enqueue(Wire.proxy("{\"valid\":false}"));

        VerifySessionResult result = sessions.verify(VerifySessionOptions.builder().tag("user-session").token(TOKEN)
            .build());

        assertThat(result.valid()).isFalse();
        assertThat(result.data()).isEmpty();
        assertThat(result.sessionId()).isEmpty();
        assertThat(result.expiresAt()).isEmpty();
    }

    @Test
    void verifyFailureIsVerifyFailedAndNeverShowsTheToken() {
        server.enqueue(Wire.json(500, "{\"status\":false,\"message\":\"cannot verify " + TOKEN + "\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.verify(
            VerifySessionOptions.builder().tag("user-session").token(TOKEN).build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.VERIFY_FAILED);
        assertThat(error.getMessage()).doesNotContain(JWT);
    }

    @Test
    void refreshSendsTheRefreshTokenAndMapsNewTokens() throws Exception {
        server.enqueue(Wire.proxy(TOKENS));

        StartSessionResult result = sessions.refresh(RefreshSessionOptions.builder().tag("user-session")
            .refreshToken("rt_old_0123456789").build());

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = proxied(request);
        assertThat(proxied.method()).isEqualTo("refresh");
        assertThat(proxied.param()).isEqualTo(JSON.readTree("{\"product\":\"my-product\",\"env\":\"prd\","
            + "\"tag\":\"user-session\",\"refreshToken\":\"rt_old_0123456789\"}"));
        assertIdempotencyKey(request);
        assertThat(result.refreshToken()).isEqualTo(REFRESH);
    }

    @Test
    void refreshWithAUsedTokenIsRefreshFailedWith401AndHidesTheToken() {
        server.enqueue(Wire.json(401, "{\"status\":false,\"message\":\"refresh token rt_old_0123456789 was used\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.refresh(
            RefreshSessionOptions.builder().tag("user-session").refreshToken("rt_old_0123456789").build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.REFRESH_FAILED);
        assertThat(error.httpStatus()).hasValue(401);
        assertThat(error.getMessage()).doesNotContain("rt_old_0123456789");
    }

    @Test
    void revokeBySessionIdSendsTheSessionId() throws Exception {
        server.enqueue(Wire.proxy("{\"revoked\":1}"));

        assertThat(sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId("sess_1").build())
            .revoked()).hasValue(1);

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = proxied(request);
        assertThat(proxied.method()).isEqualTo("revoke");
        assertThat(proxied.param()).isEqualTo(JSON.readTree("{\"product\":\"my-product\",\"env\":\"prd\","
            + "\"tag\":\"user-session\",\"sessionId\":\"sess_1\"}"));
        assertIdempotencyKey(request);
    }

    @Test
    void revokeByIdentifierSendsTheIdentifier() throws Exception {
        server.enqueue(Wire.proxy("3"));

        assertThat(sessions.revoke(RevokeSessionOptions.builder().tag("user-session").identifier("user_123").build())
            .revoked()).hasValue(3);

        assertThat(param().get("identifier").asText()).isEqualTo("user_123");
    }

    @Test
    void aRevocationAnsweredWithABooleanOrNothingHasNoCount() {
        server.enqueue(Wire.proxy("true"));
        server.enqueue(Wire.json(200, "{\"status\":true,\"data\":{\"request_id\":\"r\"}}"));
        server.enqueue(Wire.proxy("false"));

        RevokeSessionOptions revoke = RevokeSessionOptions.builder().tag("user-session").sessionId("sess_1").build();
        assertThat(sessions.revoke(revoke).revoked()).isEmpty();
        assertThat(sessions.revoke(revoke).revoked()).isEmpty();
        assertThat(sessions.revoke(revoke).revoked()).hasValue(0);
    }

    @Test
    void revokeNeedsExactlyOneTarget() {
        assertThatThrownBy(() -> RevokeSessionOptions.builder().tag("t").build())
            .hasMessageContaining("exactly one of `sessionId` or `identifier`").hasMessageContaining("neither");
        assertThatThrownBy(() -> RevokeSessionOptions.builder().tag("t").sessionId("s").identifier("i").build())
            .hasMessageContaining("both");
    }

    @Test
    void revokeAllSendsTheIdentifierToRevokeAll() throws Exception {
        server.enqueue(Wire.proxy("{\"revoked\":2}"));

        assertThat(sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("user_123")
            .build()).revoked()).hasValue(2);

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = proxied(request);
        assertThat(proxied.method()).isEqualTo("revokeAll");
        assertThat(proxied.param()).isEqualTo(JSON.readTree("{\"product\":\"my-product\",\"env\":\"prd\","
            + "\"tag\":\"user-session\",\"identifier\":\"user_123\"}"));
        assertIdempotencyKey(request);
    }

    @Test
    void revokeAllSendsTheSessionToKeepAsExcludeCurrentSessionAndReadsTheRevokedCount() throws Exception {
        server.enqueue(Wire.proxy("{\"revokedCount\":3}"));

        assertThat(sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("user_123")
            .excludeCurrentSession("sess_1").build()).revoked()).hasValue(3);

        assertThat(proxied(server.takeRequest()).param()).isEqualTo(JSON.readTree("{\"product\":\"my-product\","
            + "\"env\":\"prd\",\"tag\":\"user-session\",\"identifier\":\"user_123\","
            + "\"excludeCurrentSession\":\"sess_1\"}"));
    }

    @Test
    void revokeFailureIsRevokeFailed() {
        server.enqueue(Wire.json(503, ""));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.revokeAll(RevokeAllSessionsOptions.builder()
            .tag("t").identifier("u").build())).code()).isEqualTo(SessionErrorCode.SESSION_REVOKE_FAILED);
    }

    @Test
    void listActiveSendsEnvIdentifierPageAndLimitAndMapsSessions() throws Exception {
        server.enqueue(Wire.proxy("{\"sessions\":[{\"sessionId\":\"sess_1\",\"identifier\":\"user_123\","
            + "\"startAt\":\"2024-01-05T13:45:00Z\",\"endAt\":1704548700000,\"active\":true}],"
            + "\"total\":11,\"page\":2,\"limit\":10,\"totalPages\":2}"));

        ActiveSessionsPage page = sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session")
            .identifier("user_123").page(2).limit(10).build());

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = proxied(request);
        assertThat(proxied.method()).isEqualTo("listActive");
        assertThat(proxied.param()).isEqualTo(JSON.readTree("{\"product\":\"my-product\",\"env\":\"prd\","
            + "\"tag\":\"user-session\",\"identifier\":\"user_123\",\"page\":2,\"limit\":10}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(page.sessions()).containsExactly(new ActiveSession("sess_1", "user_123",
            Instant.parse("2024-01-05T13:45:00Z"), Instant.ofEpochMilli(1704548700000L), true));
        assertThat(page.total()).isEqualTo(11);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void listActiveAnsweredWithoutPageFieldsTakesTheAskedPlace() {
        server.enqueue(Wire.proxy("{\"total\":25,\"sessions\":[]}"));

        ActiveSessionsPage page = sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session")
            .page(3).limit(10).build());

        assertThat(page.page()).isEqualTo(3);
        assertThat(page.limit()).isEqualTo(10);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void listActiveFailureIsListActiveSessionsFailed() {
        server.enqueue(Wire.json(500, "{}"));

        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.listActive(ListActiveSessionsOptions
            .builder().tag("t").build())).code()).isEqualTo(SessionErrorCode.LIST_ACTIVE_SESSIONS_FAILED);
    }

    @Test
    void startFailureIsStartFailed() {
        server.enqueue(Wire.json(422, "{\"status\":false,\"message\":\"data.userId is required by the selector\"}"));

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.start(start().build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.CREATE_FAILED);
        assertThat(error.serverMessage()).hasValue("data.userId is required by the selector");
    }

    @Test
    void optionsOverrideClientDefaults() throws Exception {
        server.enqueue(Wire.proxy("{\"revoked\":0}"));

        sessions.revokeAll(RevokeAllSessionsOptions.builder().product("other").env("dev").tag("t").identifier("u")
            .build());

        JsonNode param = param();
        assertThat(param.get("product").asText()).isEqualTo("other");
        assertThat(param.get("env").asText()).isEqualTo("dev");
    }

    @Test
    void anAccessKeyClientEncryptsWithTheAccessKeyAndSendsNoWorkspaceSecrets() throws Exception {
        server.enqueue(Wire.proxy("{\"valid\":false}"));
        try (SessionsService keyed = Wire.accessKeyClient(server).product("my-product").env("prd").build()) {
            keyed.verify(VerifySessionOptions.builder().tag("user-session").token(TOKEN).build());
        }

        RecordedRequest request = server.takeRequest();
        ProxyRequest proxied = ProxyRequest.of(request, Wire.ACCESS_KEY);
        assertThat(request.getHeaders().get("x-access-key")).isEqualTo(Wire.ACCESS_KEY);
        assertThat(request.getHeaders().get("x-access-token")).isNull();
        assertThat(proxied.body().fieldNames()).toIterable().containsExactly("encrypted_payload", "workspace_id");
        assertThat(proxied.payload().has("user_id")).isFalse();
    }

    @Test
    void lifecycleCallWithoutEnvAnywhereFailsNamingEnv() {
        try (SessionsService noDefaults = Wire.accessKeyClient(server).product("p").build()) {
            assertThatThrownBy(() -> noDefaults.verify(VerifySessionOptions.builder().tag("t").token("x").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`env` is required");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void lifecycleCallWithoutProductAnywhereFailsNamingProduct() {
        try (SessionsService noDefaults = Wire.accessKeyClient(server).env("prd").build()) {
            assertThatThrownBy(() -> noDefaults.start(start().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`product` is required");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void lifecycleValidationNamesTheField() {
        assertThatThrownBy(() -> StartSessionOptions.builder().data(Map.of()).build()).hasMessageContaining("`tag`");
        assertThatThrownBy(() -> StartSessionOptions.builder().tag("t").build()).hasMessageContaining("`data`");
        assertThatThrownBy(() -> start().expiresIn(Duration.ofMillis(500)).build()).hasMessageContaining("`expiresIn`");
        assertThatThrownBy(() -> start().expiresIn(Duration.ofSeconds(-5)).build()).hasMessageContaining("`expiresIn`");
        assertThatThrownBy(() -> VerifySessionOptions.builder().tag("t").build()).hasMessageContaining("`token`");
        assertThatThrownBy(() -> RefreshSessionOptions.builder().tag("t").refreshToken(" ").build())
            .hasMessageContaining("`refreshToken`");
        assertThatThrownBy(() -> RevokeAllSessionsOptions.builder().tag("t").build())
            .hasMessageContaining("`identifier`");
        assertThatThrownBy(() -> ListActiveSessionsOptions.builder().tag("t").limit(0).build())
            .hasMessageContaining("`limit`");
        assertThatThrownBy(() -> ListActiveSessionsOptions.builder().tag("..").build()).hasMessageContaining("`tag`");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void optionsToStringNeverShowsTokens() {
        assertThat(VerifySessionOptions.builder().tag("t").token(TOKEN).build().toString()).doesNotContain(JWT);
        assertThat(RefreshSessionOptions.builder().tag("t").refreshToken(REFRESH).build().toString())
            .doesNotContain(REFRESH);
    }
}
