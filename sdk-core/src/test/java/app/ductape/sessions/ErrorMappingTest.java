package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a call can fail becomes a SessionError with that call's code. */
class ErrorMappingTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.accessKeyClient(server).readTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    private SessionError failureOf(AnalyticsCall call) {
        return catchThrowableOfType(SessionError.class, () -> call.invoke(sessions));
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void clientErrorCarriesStatusServerMessageCodeAndRequestId(AnalyticsCall call) {
        server.enqueue(Wire.json(400, "{\"status\":false,\"message\":\"Invalid session tag\",\"code\":\"BAD_TAG\"}"));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(call.failure);
        assertThat(error.httpStatus()).hasValue(400);
        assertThat(error.serverMessage()).hasValue("Invalid session tag");
        assertThat(error.serverCode()).hasValue("BAD_TAG");
        assertThat(error.requestId()).hasValue("req_123");
        assertThat(error.getMessage()).contains(call.failure.name()).contains("HTTP 400").contains("Invalid session tag")
            .contains("req_123");
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void serverErrorCarriesTheStatus(AnalyticsCall call) {
        server.enqueue(Wire.json(500, "{\"status\":false,\"message\":\"boom\"}"));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(call.failure);
        assertThat(error.httpStatus()).hasValue(500);
        assertThat(error.serverMessage()).hasValue("boom");
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void ductapesOwnCodeInTheErrorEnvelopeIsTheErrorsCode(AnalyticsCall call) {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"Environment 'prod' not found\","
            + "\"code\":\"ENV_NOT_FOUND\"}"));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(SessionErrorCode.ENV_NOT_FOUND);
        assertThat(error.serverCode()).hasValue("ENV_NOT_FOUND");
        assertThat(error.getMessage()).startsWith("ENV_NOT_FOUND");
    }

    @Test
    void ductapesCodeWinsOverTheStatusOfTheAnswer() {
        server.enqueue(Wire.json(400, "{\"status\":false,\"message\":\"no JWT\",\"code\":\"JWT_NOT_AVAILABLE\"}"));

        assertThat(failureOf(AnalyticsCall.FETCH_DASHBOARD).code()).isEqualTo(SessionErrorCode.JWT_NOT_AVAILABLE);
    }

    @Test
    void aUserNotFoundCodeOnAReadOfATagIsUserNotFound() {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"No user\",\"code\":\"USER_NOT_FOUND\"}"));

        assertThat(failureOf(AnalyticsCall.FETCH_DASHBOARD).code()).isEqualTo(SessionErrorCode.USER_NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"session_not_found", "NOT_FOUND", "CalweErrorCode.SESSION_NOT_FOUND", "SESSION NOT FOUND"})
    void aCodeTheSdkDoesNotHaveKeepsTheCallsCodeAndTheServersText(String code) {
        server.enqueue(Wire.json(400, "{\"status\":false,\"message\":\"nope\",\"code\":\"" + code + "\"}"));

        SessionError error = failureOf(AnalyticsCall.FETCH_DASHBOARD);

        assertThat(error.code()).isEqualTo(SessionErrorCode.FETCH_DASHBOARD_FAILED);
        assertThat(error.serverCode()).hasValue(code);
    }

    @ParameterizedTest
    @EnumSource(value = AnalyticsCall.class, names = {"FETCH_USER_DETAILS", "USER_BY_ID"})
    void notFoundOnAUserIsUserNotFound(AnalyticsCall call) {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"User not found\"}"));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(SessionErrorCode.USER_NOT_FOUND);
        assertThat(error.isNotFound()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = AnalyticsCall.class, names = {"FETCH_USERS", "FETCH_ACTIVITY_LOGS", "FETCH_DASHBOARD"})
    void notFoundOnAReadNamingATagIsTheUnknownTag(AnalyticsCall call) {
        server.enqueue(Wire.json(404, "{\"status\":false,\"message\":\"Session not found\"}"));

        assertThat(failureOf(call).code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void statusFalseOn200IsAFailure(AnalyticsCall call) {
        server.enqueue(Wire.json(200, "{\"status\":false,\"message\":\"Session config missing\",\"code\":\"E42\"}"));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(call.failure);
        assertThat(error.httpStatus()).hasValue(200);
        assertThat(error.serverMessage()).hasValue("Session config missing");
        assertThat(error.serverCode()).hasValue("E42");
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void emptyBodyIsAFailure(AnalyticsCall call) {
        server.enqueue(Wire.json(200, ""));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(call.failure);
        assertThat(error.getMessage()).contains("not a JSON object");
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void htmlBodyIsAFailure(AnalyticsCall call) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
            .body("<html><body>Gateway login</body></html>").build());

        assertThat(failureOf(call).code()).isEqualTo(call.failure);
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void htmlErrorPageKeepsTheStatusWithoutAServerMessage(AnalyticsCall call) {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
            .body("<html><body>Bad gateway</body></html>").build());

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(call.failure);
        assertThat(error.httpStatus()).hasValue(502);
        assertThat(error.serverMessage()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void truncatedJsonIsAFailure(AnalyticsCall call) {
        server.enqueue(Wire.json(200, "{\"status\":true,\"data\":{\"users\":[{\"_id\":\"a\""));

        assertThat(failureOf(call).code()).isEqualTo(call.failure);
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void envelopeWithoutDataIsAFailure(AnalyticsCall call) {
        server.enqueue(Wire.json(200, "{\"status\":true}"));

        SessionError error = failureOf(call);

        assertThat(error.code()).isEqualTo(call.failure);
        assertThat(error.getMessage()).containsAnyOf("no \"data\"", "no data.data");
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void dataOfTheWrongShapeIsAFailure(AnalyticsCall call) {
        server.enqueue(Wire.json(200, "{\"status\":true,\"data\":[1,2,3]}"));

        assertThat(failureOf(call).code()).isEqualTo(call.failure);
    }

    @ParameterizedTest
    @EnumSource(AnalyticsCall.class)
    void connectionRefusedIsAFailureWithoutStatus(AnalyticsCall call) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (SessionsService refused = SessionsService.builder().accessKey(Wire.ACCESS_KEY).workspaceId(Wire.WORKSPACE_ID)
            .baseUrl("http://127.0.0.1:" + closedPort).maxRetries(0).build()) {
            SessionError error = catchThrowableOfType(SessionError.class, () -> call.invoke(refused));

            assertThat(error.code()).isEqualTo(call.failure);
            assertThat(error.httpStatus()).isEmpty();
            assertThat(error.getCause()).isInstanceOf(IOException.class);
            assertThat(error.isUnavailable()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void aStatusThatSaysLaterIsUnavailable(int status) {
        server.enqueue(Wire.json(status, "{\"status\":false,\"message\":\"later\"}"));

        assertThat(failureOf(AnalyticsCall.FETCH_DASHBOARD).isUnavailable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501, 505})
    void aStatusThatIsAnAnswerIsNotUnavailable(int status) {
        server.enqueue(Wire.json(status, "{\"status\":false,\"message\":\"no\"}"));

        assertThat(failureOf(AnalyticsCall.FETCH_DASHBOARD).isUnavailable()).isFalse();
    }

    @Test
    void statusFalseOn200IsNotUnavailable() {
        server.enqueue(Wire.json(200, "{\"status\":false,\"message\":\"no\"}"));

        assertThat(failureOf(AnalyticsCall.FETCH_DASHBOARD).isUnavailable()).isFalse();
    }

    @Test
    void redirectIsNotFollowedAndNamesTheLocation() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://elsewhere.example/x").build());

        SessionError error = failureOf(AnalyticsCall.FETCH_DASHBOARD);

        assertThat(error.httpStatus()).hasValue(302);
        assertThat(error.getMessage()).contains("https://elsewhere.example/x");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidTimestampIsAFailure() {
        server.enqueue(Wire.envelope("{\"users\":[{\"first_seen\":\"yesterday\"}]}"));

        assertThat(failureOf(AnalyticsCall.FETCH_USERS).code()).isEqualTo(SessionErrorCode.FETCH_USERS_FAILED);
    }
}
