package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.StartSessionOptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials, the SDK proxy's refusals and session configurations, through the SDK (and by hand where the
 * SDK would never send it).
 */
class EmulatorConfigsAndAuthTest {
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private RawProxy proxy;

    @BeforeEach
    void setUp() {
        emulator = DuctapeEmulator.start();
        sessions = emulator.newSessionsService();
        proxy = new RawProxy(emulator.baseUrl());
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        emulator.close();
        proxy.close();
    }

    private static SessionConfig.Builder checkout() {
        return SessionConfig.builder().name("Checkout Session").tag("checkout-session")
            .description("Session for checkout flow").selector("$Session{userId}").expiry(1).period(ExpiryPeriod.HOURS)
            .schema(Map.of("userId", "user_123", "email", "user@example.com"));
    }

    @Test
    void aClientWithTheWrongPublicKeyCannotBeReadAndGets401() {
        EmulatorCredentials c = emulator.credentials();
        try (SessionsService wrongKey = SessionsService.builder().workspaceId(c.workspaceId()).publicKey("wrong")
            .userId(c.userId()).token(c.token()).envType("prd").baseUrl(emulator.baseUrl()).build()) {
            SessionError read = catchThrowableOfType(SessionError.class, () -> wrongKey.fetchDashboard(
                FetchSessionDashboardOptions.builder().product("p").session("s").build()));
            SessionError proxied = catchThrowableOfType(SessionError.class, () -> wrongKey.list("p"));

            assertThat(read.httpStatus()).hasValue(401);
            assertThat(read.isAuthenticationError()).isTrue();
            assertThat(proxied.httpStatus()).hasValue(401);
            assertThat(proxied.serverCode()).hasValue("UNAUTHORIZED");
        }
    }

    @Test
    void aWrongTokenIs401OnBothKindsOfRoute() {
        EmulatorCredentials c = emulator.credentials();
        try (SessionsService wrongToken = SessionsService.builder().workspaceId(c.workspaceId())
            .publicKey(c.publicKey()).userId(c.userId()).token("wrong").envType("prd").baseUrl(emulator.baseUrl())
            .build()) {
            assertThat(catchThrowableOfType(SessionError.class, () -> wrongToken.list("my-product")).httpStatus())
                .hasValue(401);
            assertThat(catchThrowableOfType(SessionError.class, () -> wrongToken.fetchDashboard(
                FetchSessionDashboardOptions.builder().product("p").session("s").build())).httpStatus()).hasValue(401);
        }
    }

    @Test
    void anotherWorkspaceIs401() {
        EmulatorCredentials c = emulator.credentials();
        try (SessionsService other = SessionsService.builder().workspaceId("someone-elses").publicKey(c.publicKey())
            .userId(c.userId()).token(c.token()).envType("prd").baseUrl(emulator.baseUrl()).build()) {
            assertThat(catchThrowableOfType(SessionError.class, () -> other.fetchDashboard(
                FetchSessionDashboardOptions.builder().product("p").session("s").build())).httpStatus()).hasValue(401);
            assertThat(catchThrowableOfType(SessionError.class, () -> other.list("p")).httpStatus()).hasValue(401);
        }
    }

    @Test
    void aReadWithoutCredentialsGets401WithTheErrorEnvelope() throws IOException {
        RawProxy.Answer answer = proxy.get("/log/v1/session/dashboard/" + emulator.credentials().workspaceId()
            + "?product_tag=p&session_tag=s", Map.of());

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().get("status").asBoolean()).isFalse();
        assertThat(answer.body().get("code").asText()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void theAccessKeyIsAcceptedOnTheSameRoutesAndACustomOneIsTheOnlyOne() {
        try (DuctapeEmulator custom = DuctapeEmulator.builder().credentials("my-own-key").start();
             SessionsService client = SessionsService.builder().accessKey("my-own-key")
                 .workspaceId(custom.credentials().workspaceId()).baseUrl(custom.baseUrl()).build();
             SessionsService defaultKey = SessionsService.builder().accessKey("emulator-access-key")
                 .workspaceId(custom.credentials().workspaceId()).baseUrl(custom.baseUrl()).build()) {
            assertThat(client.list("p")).isEmpty();
            assertThat(catchThrowableOfType(SessionError.class, () -> client.fetchUsers(FetchSessionUsersOptions.builder()
                .product("p").session("s").build())).code()).as("authenticated, then refused as an unknown tag")
                .isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
            assertThat(catchThrowableOfType(SessionError.class, () -> defaultKey.list("p")).httpStatus())
                .hasValue(401);
        }
    }

    @Test
    void aPayloadThatDoesNotDecryptIs400() throws IOException {
        EmulatorCredentials c = emulator.credentials();
        String encryptedWithAnotherKey = RawProxy.encrypt("{\"module\":\"sessions\",\"method\":\"list\","
            + "\"params\":[\"p\"],\"user_id\":\"" + c.userId() + "\"}", "another-key");

        RawProxy.Answer wrongKey = proxy.post(RawProxy.body(c, encryptedWithAnotherKey), RawProxy.headers(c));
        RawProxy.Answer garbage = proxy.post(RawProxy.body(c, "00112233445566778899aabbccddeeff:bm90IGNpcGhlcg=="),
            RawProxy.headers(c));
        RawProxy.Answer noIv = proxy.post(RawProxy.body(c, "not-a-payload"), RawProxy.headers(c));

        for (RawProxy.Answer answer : java.util.List.of(wrongKey, garbage, noIv)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().get("status").asBoolean()).isFalse();
        }
        assertThat(wrongKey.body().get("code").asText()).isEqualTo("DECRYPTION_FAILED");
    }

    @Test
    void aPayloadOfAnotherUserIs401() throws IOException {
        EmulatorCredentials c = emulator.credentials();
        String payload = RawProxy.encrypt("{\"module\":\"sessions\",\"method\":\"list\",\"params\":[\"p\"],"
            + "\"user_id\":\"someone-else\"}", c.publicKey());

        assertThat(proxy.post(RawProxy.body(c, payload), RawProxy.headers(c)).status()).isEqualTo(401);
    }

    @Test
    void anUnknownModuleIs400AndAMethodOutsideTheAllowlistIs403() throws IOException {
        EmulatorCredentials c = emulator.credentials();
        String storage = RawProxy.encrypt("{\"module\":\"storage\",\"method\":\"list\",\"params\":[\"p\"],"
            + "\"user_id\":\"" + c.userId() + "\"}", c.publicKey());

        RawProxy.Answer module = proxy.post(RawProxy.body(c, storage), RawProxy.headers(c));
        RawProxy.Answer method = proxy.call(c, "dropEverything", "[\"p\"]");
        RawProxy.Answer notEmulated = proxy.call(c, "extendSession", "[{}]");

        assertThat(module.status()).isEqualTo(400);
        assertThat(module.body().get("code").asText()).isEqualTo("MODULE_NOT_ALLOWED");
        assertThat(method.status()).isEqualTo(403);
        assertThat(method.body().get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(notEmulated.status()).isEqualTo(501);
    }

    @Test
    void aProxyAnswerCarriesTheResultItsTimeAndTheRequestId() throws IOException {
        RawProxy.Answer answer = proxy.call(emulator.credentials(), "list", "[\"p\"]");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("status").asBoolean()).isTrue();
        assertThat(answer.body().at("/data/data").isArray()).isTrue();
        assertThat(answer.body().at("/data/execution_time_ms").isNumber()).isTrue();
        assertThat(answer.body().at("/data/request_id").asText()).startsWith("emu_");
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
    void aSessionOfAWeeksConfigurationLastsSevenDays() {
        sessions.create("my-product", checkout().expiry(1).period(ExpiryPeriod.WEEKS).build());
        Instant before = Instant.now();

        StartSessionResult started = sessions.start(StartSessionOptions.builder().product("my-product").env("prd")
            .tag("checkout-session").data(Map.of("userId", "u1", "email", "u1@example.com")).build());

        assertThat(sessions.fetch("my-product", "checkout-session").periodValue()).isEqualTo("weeks");
        Instant earliest = before.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(started.expiresAt().orElseThrow()).isBetween(earliest, Instant.now().plus(Duration.ofDays(7)));
    }

    @Test
    void unknownTagIs404SessionNotFound() {
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.fetch("my-product", "nope")).code())
            .isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.update("my-product", "nope",
            SessionConfigUpdate.builder().expiry(3).build())).code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.delete("my-product", "nope")).code())
            .isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
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
            "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"fortnights\",\"schema\":{\"userId\":\"u\"}}",
            "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"hours\",\"schema\":{\"userId\":{\"a\":1}}}",
            "{\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"hours\",\"schema\":{\"userId\":\"u\"}}",
            "\"not an object\""};
        for (String config : invalid) {
            RawProxy.Answer answer = proxy.call(emulator.credentials(), "create", "[\"p\"," + config + "]");

            assertThat(answer.status()).as(config).isEqualTo(400);
            assertThat(answer.body().get("status").asBoolean()).isFalse();
        }
        assertThat(sessions.list("p")).isEmpty();
    }

    @Test
    void anUnknownRouteIs404AndAWrongMethodIs405() throws IOException {
        EmulatorCredentials c = emulator.credentials();
        assertThat(proxy.get("/v1/products/p/sessions/s/dashboard", RawProxy.headers(c)).status()).isEqualTo(404);
        assertThat(proxy.get("/proxy/v1/sdk-proxy/execute", RawProxy.headers(c)).status()).isEqualTo(405);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswer() throws IOException {
        EmulatorCredentials c = emulator.credentials();
        String payload = RawProxy.encrypt("{\"module\":\"sessions\",\"method\":\"create\",\"params\":[\"p\","
            + "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\",\"expiry\":1,\"period\":\"hours\","
            + "\"schema\":{\"userId\":\"u\"}}],\"user_id\":\"" + c.userId() + "\"}", c.publicKey());
        RawProxy.Answer first = proxy.post(RawProxy.body(c, payload), RawProxy.headers(c),
            Map.of("Idempotency-Key", "3f6c1d2e-idem-key"));
        RawProxy.Answer second = proxy.post(RawProxy.body(c, payload), RawProxy.headers(c),
            Map.of("Idempotency-Key", "3f6c1d2e-idem-key"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(sessions.list("p")).hasSize(1);
    }
}
