package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ductape's codes from their causes, against the emulator: every call that names a session tag fails with
 * {@code SESSION_NOT_FOUND} when the product has no such configuration, and with {@code ENV_NOT_FOUND} when
 * it names an environment the product does not have, whatever the call's own failure code.
 */
class EmulatorErrorCodesTest {
    private static final String TOKEN = "user-session:eyJhbGciOiJIUzI1NiJ9.e30.c2ln";

    private static DuctapeEmulator emulator;
    private static SessionsService sessions;

    @BeforeAll
    static void start() {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().maxRetries(0).build();
    }

    @AfterAll
    static void stop() {
        sessions.close();
        emulator.close();
    }

    /** A call of the SDK in a tag and an environment. */
    private interface Call extends BiFunction<String, String, Object> {}

    static Stream<Arguments> callsNamingATagAndAnEnv() {
        return Stream.of(
            call("start", (tag, env) -> sessions.start(StartSessionOptions.builder().tag(tag).env(env)
                .data(Map.of("email", "ada@example.com")).build())),
            call("verify", (tag, env) -> sessions.verify(VerifySessionOptions.builder().tag(tag).env(env).token(TOKEN)
                .build())),
            call("refresh", (tag, env) -> sessions.refresh(RefreshSessionOptions.builder().tag(tag).env(env)
                .refreshToken("rt_unknown").build())),
            call("revoke", (tag, env) -> sessions.revoke(RevokeSessionOptions.builder().tag(tag).env(env)
                .sessionId("sess_1").build())),
            call("revokeAll", (tag, env) -> sessions.revokeAll(RevokeAllSessionsOptions.builder().tag(tag).env(env)
                .identifier("ada@example.com").build())),
            call("listActive", (tag, env) -> sessions.listActive(ListActiveSessionsOptions.builder().tag(tag).env(env)
                .build())),
            call("fetchUsers", (tag, env) -> sessions.fetchUsers(FetchSessionUsersOptions.builder().session(tag)
                .env(env).build())),
            call("fetchUserDetails", (tag, env) -> sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
                .session(tag).env(env).identifier("ada@example.com").build())),
            call("fetchUsersDashboard", (tag, env) -> sessions.fetchUsersDashboard(
                FetchSessionUsersDashboardOptions.builder().session(tag).env(env).build())),
            call("fetchDashboard", (tag, env) -> sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
                .session(tag).env(env).build())),
            call("fetchActivityLogs", (tag, env) -> sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                .session(tag).env(env).build())),
            call("fetchUserLogs", (tag, env) -> sessions.fetchUserLogs(FetchSessionUserLogsOptions.builder()
                .session(tag).env(env).identifier("ada@example.com").build())),
            call("fetchUserDashboard", (tag, env) -> sessions.fetchUserDashboard(
                FetchSessionUserDashboardOptions.builder().session(tag).env(env).identifier("ada@example.com")
                    .build())),
            call("users", (tag, env) -> Ductape.of(sessions).products().sessions().users(FetchSessionUsersOptions
                .builder().session(tag).env(env).build())));
    }

    private static Arguments call(String operation, Call call) {
        return Arguments.of(operation, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsNamingATagAndAnEnv")
    void aTagTheProductDoesNotHaveIsSessionNotFound(String operation, Call call) {
        SessionError error = catchThrowableOfType(SessionError.class, () -> call.apply("no-such-session", "production"));

        assertThat(error.code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(error.operation()).isEqualTo(operation);
        assertThat(error.httpStatus()).hasValue(404);
        assertThat(error.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("no-such-session"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsNamingATagAndAnEnv")
    void anEnvironmentTheProductDoesNotHaveIsEnvNotFound(String operation, Call call) {
        SessionError error = catchThrowableOfType(SessionError.class, () -> call.apply("user-session", "prod"));

        assertThat(error.code()).isEqualTo(SessionErrorCode.ENV_NOT_FOUND);
        assertThat(error.operation()).isEqualTo(operation);
        assertThat(error.serverMessage()).hasValueSatisfying(m -> assertThat(m).contains("'prod'"));
    }

    @Test
    void aKnownUserMissingFromAKnownTagIsStillUserNotFound() {
        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.fetchUserDetails(
            FetchSessionUserDetailsOptions.builder().session("user-session").identifier("nobody@example.com").build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.USER_NOT_FOUND);
    }

    @Test
    void anAnalyticsReadWithoutAnEnvironmentReadsThemAll() {
        assertThat(sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("user-session").env(null)
            .build()).totalSessions()).isPositive();
    }

    @Test
    void theEnvironmentsAreTheChosenOnesAndTheSeeds() {
        try (DuctapeEmulator chosen = DuctapeEmulator.builder().environments("qa").seed(EmulatorSeed.demo()).start();
             SessionsService client = chosen.sessionsServiceBuilder().maxRetries(0).build()) {
            assertThat(client.listActive(ListActiveSessionsOptions.builder().tag("user-session").env("qa").build())
                .sessions()).isEmpty();
            assertThat(client.listActive(ListActiveSessionsOptions.builder().tag("user-session").env("staging")
                .build()).sessions()).isNotEmpty();
            assertThat(catchThrowableOfType(SessionError.class, () -> client.listActive(ListActiveSessionsOptions
                .builder().tag("user-session").env("prd").build())).code()).isEqualTo(SessionErrorCode.ENV_NOT_FOUND);
        }
    }

    @Test
    void environmentsRefusesNoneAndBlankSlugsByName() {
        assertThatThrownBy(() -> DuctapeEmulator.builder().environments())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`environments`");
        assertThatThrownBy(() -> DuctapeEmulator.builder().environments("prd", " "))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`environments`")
            .hasMessageContaining("[prd,  ]");
    }
}
