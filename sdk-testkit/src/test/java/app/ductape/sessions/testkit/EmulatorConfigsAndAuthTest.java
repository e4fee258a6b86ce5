package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials and session configurations, through the SDK (and raw HTTP where the SDK would refuse). */
class EmulatorConfigsAndAuthTest {
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private final OkHttpClient raw = new OkHttpClient();

    @BeforeEach
    void setUp() {
        emulator = DuctapeEmulator.start();
        sessions = emulator.newSessionsService();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        emulator.close();
        raw.dispatcher().executorService().shutdown();
        raw.connectionPool().evictAll();
    }

    private static SessionConfig.Builder checkout() {
        return SessionConfig.builder().name("Checkout Session").tag("checkout-session")
            .description("Session for checkout flow").selector("$Session{userId}").expiry(1).period(ExpiryPeriod.HOURS)
            .schema(Map.of("userId", "user_123", "email", "user@example.com"));
    }

    @Test
    void requestsWithoutValidCredentialsGet401WithTheErrorEnvelope() throws IOException {
        try (SessionsService wrongKey = SessionsService.builder().accessKey("not-the-key")
            .baseUrl(emulator.baseUrl()).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> wrongKey.fetchDashboard(
                FetchSessionDashboardOptions.builder().product("p").session("s").build()));
            assertThat(error.httpStatus()).hasValue(401);
            assertThat(error.isAuthenticationError()).isTrue();
        }
        try (Response response = raw.newCall(new Request.Builder()
            .url(emulator.baseUrl() + "/v1/products/p/session-configs").build()).execute()) {
            assertThat(response.code()).isEqualTo(401);
            assertThat(response.body().string()).contains("\"status\":false").contains("\"code\":\"UNAUTHORIZED\"");
        }
    }

    @Test
    void workspaceCredentialsAreAccepted() {
        EmulatorCredentials c = emulator.credentials();
        try (SessionsService workspace = SessionsService.builder().workspaceId(c.workspaceId())
            .publicKey(c.publicKey()).userId(c.userId()).token(c.token()).envType("prd").baseUrl(emulator.baseUrl())
            .build()) {
            assertThat(workspace.list("my-product")).isEmpty();
        }
        try (SessionsService wrongToken = SessionsService.builder().workspaceId(c.workspaceId())
            .publicKey(c.publicKey()).userId(c.userId()).token("wrong").envType("prd").baseUrl(emulator.baseUrl())
            .build()) {
            assertThat(catchThrowableOfType(SessionError.class, () -> wrongToken.list("my-product")).httpStatus())
                .hasValue(401);
        }
    }

    @Test
    void customAccessKeyIsTheOnlyOneAccepted() {
        try (DuctapeEmulator custom = DuctapeEmulator.builder().credentials("my-own-key").start();
             SessionsService client = custom.newSessionsService();
             SessionsService defaultKey = SessionsService.builder().accessKey("emulator-access-key")
                 .baseUrl(custom.baseUrl()).build()) {
            assertThat(client.list("p")).isEmpty();
            assertThat(catchThrowableOfType(SessionError.class, () -> defaultKey.list("p")).httpStatus())
                .hasValue(401);
        }
    }

    @Test
    void configsAreCreatedListedFetchedUpdatedAndDeleted() {
        SessionConfig created = sessions.create("my-product", checkout().build());
        assertThat(created).isEqualTo(checkout().build());
        sessions.create("my-product", checkout().tag("user-session").name("User Session").build());

        assertThat(sessions.list("my-product")).extracting(SessionConfig::tag)
            .containsExactly("checkout-session", "user-session");
        assertThat(sessions.list("other-product")).isEmpty();
        assertThat(sessions.fetch("my-product", "checkout-session")).isEqualTo(created);

        SessionConfig updated = sessions.update("my-product", "checkout-session",
            SessionConfigUpdate.builder().expiry(2).period(ExpiryPeriod.DAYS).build());
        assertThat(updated.expiry()).isEqualTo(2);
        assertThat(updated.period()).isEqualTo(ExpiryPeriod.DAYS);
        assertThat(updated.name()).isEqualTo("Checkout Session");
        assertThat(sessions.fetch("my-product", "checkout-session")).isEqualTo(updated);

        sessions.delete("my-product", "checkout-session");
        assertThat(sessions.list("my-product")).extracting(SessionConfig::tag).containsExactly("user-session");
    }

    @Test
    void duplicateTagIs409() {
        sessions.create("my-product", checkout().build());

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> sessions.create("my-product", checkout().build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.CREATE_CONFIG_FAILED);
        assertThat(error.httpStatus()).hasValue(409);
        assertThat(error.attempts()).as("a duplicate tag is final: retrying cannot help").isEqualTo(1);
        assertThat(error.getSuppressed()).isEmpty();
    }

    @Test
    void unknownTagIs404ConfigNotFound() {
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.fetch("my-product", "nope")).code())
            .isEqualTo(SessionErrorCode.CONFIG_NOT_FOUND);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.update("my-product", "nope",
            SessionConfigUpdate.builder().expiry(3).build())).code()).isEqualTo(SessionErrorCode.CONFIG_NOT_FOUND);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.delete("my-product", "nope")).code())
            .isEqualTo(SessionErrorCode.CONFIG_NOT_FOUND);
    }

    @Test
    void updateThatBreaksTheSelectorSchemaPairingIsRejected() {
        sessions.create("my-product", checkout().build());

        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.update("my-product",
            "checkout-session", SessionConfigUpdate.builder().selector("$Session{cartId}").build()));

        assertThat(error.httpStatus()).hasValue(400);
        assertThat(sessions.fetch("my-product", "checkout-session").selector()).isEqualTo("$Session{userId}");
    }

    @Test
    void theServerAppliesTheSdkValidationRules() throws IOException {
        String[] invalid = {
            "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"userId\",\"expiry\":1,\"period\":\"hours\",\"schema\":{\"userId\":\"u\"}}",
            "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":0,\"period\":\"hours\",\"schema\":{\"userId\":\"u\"}}",
            "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"weeks\",\"schema\":{\"userId\":\"u\"}}",
            "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"hours\",\"schema\":{\"userId\":{\"a\":1}}}",
            "{\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"hours\",\"schema\":{\"userId\":\"u\"}}",
            "not json"};
        for (String body : invalid) {
            try (Response response = raw.newCall(new Request.Builder()
                .url(emulator.baseUrl() + "/v1/products/p/session-configs")
                .header("X-Access-Key", emulator.credentials().accessKey())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
                assertThat(response.code()).as(body).isEqualTo(400);
                assertThat(response.body().string()).contains("\"status\":false");
            }
        }
        assertThat(sessions.list("p")).isEmpty();
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() throws IOException {
        Request.Builder request = new Request.Builder().header("X-Access-Key", emulator.credentials().accessKey());
        try (Response response = raw.newCall(request.url(emulator.baseUrl() + "/v2/nothing").build()).execute()) {
            assertThat(response.code()).isEqualTo(404);
        }
        try (Response response = raw.newCall(request.url(emulator.baseUrl()
            + "/v1/products/p/sessions/s/dashboard").delete().build()).execute()) {
            assertThat(response.code()).isEqualTo(405);
        }
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstResponse() throws IOException {
        String body = "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,"
            + "\"period\":\"hours\",\"schema\":{\"userId\":\"u\"}}";
        String[] answers = new String[2];
        int[] statuses = new int[2];
        for (int i = 0; i < 2; i++) {
            try (Response response = raw.newCall(new Request.Builder()
                .url(emulator.baseUrl() + "/v1/products/p/session-configs")
                .header("X-Access-Key", emulator.credentials().accessKey())
                .header("Idempotency-Key", "3f6c1d2e-idem-key")
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
                statuses[i] = response.code();
                answers[i] = response.body().string();
            }
        }

        assertThat(statuses).containsExactly(200, 200);
        assertThat(answers[1]).isEqualTo(answers[0]);
        assertThat(sessions.list("p")).hasSize(1);
    }
}
