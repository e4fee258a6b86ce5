package app.ductape.sessions.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.connectors.calwe.CalweErrorCode;
import app.ductape.sessions.connectors.calwe.CalweActionType;
import app.ductape.sessions.connectors.calwe.CalweActivitySource;
import app.ductape.sessions.connectors.calwe.CalweClient;
import app.ductape.sessions.connectors.calwe.CalweLogEntry;
import app.ductape.sessions.connectors.calwe.CalweLogOptions;
import app.ductape.sessions.connectors.exavault.ExaVaultActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultClient;
import app.ductape.sessions.connectors.exavault.ExaVaultOperation;
import app.ductape.sessions.connectors.exavault.ExaVaultSessionActivity;
import app.ductape.sessions.connectors.exavault.ExaVaultSessionActivityOptions;
import app.ductape.sessions.connectors.exavault.ExaVaultWebhookLog;
import app.ductape.sessions.connectors.exavault.ExaVaultWebhookLogOptions;
import app.ductape.sessions.connectors.saymon.SaymonActivitySource;
import app.ductape.sessions.connectors.saymon.SaymonClient;
import app.ductape.sessions.connectors.saymon.SaymonSessionLogOptions;
import app.ductape.sessions.connectors.saymon.SaymonSessionRecord;
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three clients and their adapters against the testkit's emulator of the three APIs: real paging end to end. */
class ConnectorsAgainstEmulatorTest {
    private static SessionLogApisEmulator apis;
    private static SaymonClient saymon;
    private static ExaVaultClient exavault;
    private static CalweClient calwe;

    @BeforeAll
    static void start() {
        apis = SessionLogApisEmulator.builder().records(250).build();
        saymon = SaymonClient.builder().baseUrl(apis.baseUrl()).login(SessionLogApisEmulator.SAYMON_LOGIN)
            .password(SessionLogApisEmulator.SAYMON_PASSWORD).build();
        exavault = ExaVaultClient.builder().baseUrl(apis.exavaultBaseUrl()).apiKey(SessionLogApisEmulator.EXAVAULT_API_KEY)
            .accessToken(SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN).build();
        calwe = CalweClient.builder().baseUrl(apis.baseUrl()).token(SessionLogApisEmulator.CALWE_TOKEN).build();
    }

    @AfterAll
    static void stop() {
        saymon.close();
        exavault.close();
        calwe.close();
        apis.close();
    }

    @Test
    void saymonPagesThroughEverySessionNewestFirst() {
        List<SaymonSessionRecord> all = saymon.sessionLog(SaymonSessionLogOptions.builder().limit(40).build()).stream()
            .toList();

        assertThat(all).hasSize(250).doesNotHaveDuplicates();
        assertThat(all).extracting(SaymonSessionRecord::startTime).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all.stream().filter(SaymonSessionRecord::active).count()).isEqualTo(3);
    }

    @Test
    void saymonFiltersByTime() {
        List<SaymonSessionRecord> all = saymon.sessionLog(SaymonSessionLogOptions.builder().limit(100).build()).stream()
            .toList();
        Instant cut = all.get(99).startTime();

        assertThat(saymon.sessionLog(SaymonSessionLogOptions.builder().from(cut).limit(30).build()))
            .hasSize(100).allSatisfy(r -> assertThat(r.startTime()).isAfterOrEqualTo(cut));
    }

    @Test
    void saymonRefusesAUserWithoutThePermissionAndAWrongPassword() {
        try (SaymonClient guest = SaymonClient.builder().baseUrl(apis.baseUrl())
                 .login(SessionLogApisEmulator.SAYMON_GUEST_LOGIN).password(SessionLogApisEmulator.SAYMON_GUEST_PASSWORD)
                 .build();
             SaymonClient wrong = SaymonClient.builder().baseUrl(apis.baseUrl()).login("monitor").password("nope-nope")
                 .build()) {
            SessionError forbidden = catchThrowableOfType(SessionError.class,
                () -> guest.fetchSessionLog(SaymonSessionLogOptions.builder().build()));
            SessionError unauthorized = catchThrowableOfType(SessionError.class,
                () -> wrong.fetchSessionLog(SaymonSessionLogOptions.builder().build()));

            assertThat(forbidden.httpStatus()).hasValue(403);
            assertThat(forbidden.serverMessage().orElseThrow()).contains("read-session-log");
            assertThat(unauthorized.httpStatus()).hasValue(401);
            assertThat(unauthorized.serverMessage()).hasValue("Session expired.");
        }
    }

    @Test
    void exaVaultPagesByOffsetThroughEveryOperationAndFilters() {
        List<ExaVaultSessionActivity> all = exavault.sessionActivity(ExaVaultSessionActivityOptions.builder().limit(60)
            .build()).stream().toList();
        List<ExaVaultSessionActivity> uploads = exavault.sessionActivity(ExaVaultSessionActivityOptions.builder()
            .type(ExaVaultOperation.STOR).path("/Production/report-1*").build()).stream().toList();

        assertThat(all).hasSize(250).extracting(ExaVaultSessionActivity::id).doesNotHaveDuplicates();
        assertThat(all).extracting(ExaVaultSessionActivity::created).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(uploads).isNotEmpty().allSatisfy(a -> {
            assertThat(a.operation()).isEqualTo(ExaVaultOperation.STOR);
            assertThat(a.fileName()).startsWith("/Production/report-1");
        });
    }

    @Test
    void exaVaultWebhookLogsOfBothFormatsHaveTheirCommonFields() {
        List<ExaVaultWebhookLog> logs = exavault.webhookLogs(ExaVaultWebhookLogOptions.builder().limit(25).build())
            .stream().toList();

        assertThat(logs).hasSize(62).allSatisfy(log -> {
            assertThat(log.event()).isNotNull();
            assertThat(log.endpointUrl()).startsWith("https://");
            assertThat(log.statusCode()).isIn(200, 500);
            assertThat(log.created()).isNotNull();
        });
        assertThat(logs).extracting(log -> log.attributes().has("status")).containsOnly(true);
    }

    @Test
    void exaVaultWebhookLogsFilterByTheListenersStatus() {
        List<ExaVaultWebhookLog> failed = exavault.webhookLogs(ExaVaultWebhookLogOptions.builder().statusCode(500)
            .build()).stream().toList();

        assertThat(failed).isNotEmpty().extracting(ExaVaultWebhookLog::statusCode).containsOnly(500);
    }

    @Test
    void calweFollowsNextPageUrlsThroughALongLog() {
        List<CalweLogEntry> entries = calwe.sessionLog(SessionLogApisEmulator.CALWE_LONG_SESSION,
            CalweLogOptions.firstPage()).stream().toList();

        assertThat(entries).hasSize(72);
        assertThat(calwe.fetchSessionLog(SessionLogApisEmulator.CALWE_LONG_SESSION, CalweLogOptions.firstPage())
            .links()).hasSize(5);
    }

    @Test
    void calweEndsASessionOnEndedAndThenRefusesEntries() {
        try (SessionLogApisEmulator own = SessionLogApisEmulator.builder().records(0).build();
             CalweClient client = CalweClient.builder().baseUrl(own.baseUrl()).token(SessionLogApisEmulator.CALWE_TOKEN)
                 .build()) {
            String id = SessionLogApisEmulator.CALWE_OPEN_SESSION;

            assertThat(client.createLogEntry(id, CalweActionType.TEMPORARILY_LEFT).actionType())
                .isEqualTo(CalweActionType.TEMPORARILY_LEFT);
            assertThat(client.createLogEntry(id, CalweActionType.ENDED).actionType()).isEqualTo(CalweActionType.ENDED);
            SessionError ended = catchThrowableOfType(SessionError.class,
                () -> client.createLogEntry(id, CalweActionType.ENTERED));
            assertThat(ended.code()).isEqualTo(CalweErrorCode.SESSION_ALREADY_ENDED);
            assertThat(client.sessionLog(id, CalweLogOptions.firstPage()).stream().map(CalweLogEntry::actionType)
                .toList()).containsExactly(CalweActionType.ENTERED, CalweActionType.TEMPORARILY_LEFT,
                CalweActionType.ENDED, CalweActionType.SESSION_PERIOD);
        }
    }

    @Test
    void calweAnswersUnknownSessionsAndBadTokensInItsOwnShape() {
        try (CalweClient stranger = CalweClient.builder().baseUrl(apis.baseUrl()).token("wrong-token").build()) {
            assertThat(catchThrowableOfType(SessionError.class,
                () -> calwe.fetchSessionLog("999", CalweLogOptions.firstPage())).code())
                .isEqualTo(CalweErrorCode.CALWE_SESSION_NOT_FOUND);
            SessionError unauthorized = catchThrowableOfType(SessionError.class,
                () -> stranger.fetchSessionLog(SessionLogApisEmulator.CALWE_OPEN_SESSION, CalweLogOptions.firstPage()));
            assertThat(unauthorized.httpStatus()).hasValue(401);
            assertThat(unauthorized.serverMessage()).hasValue("Unauthenticated.");
        }
    }

    @Test
    void everySourceYieldsUnifiedRecords() {
        assertThat(new SaymonActivitySource(saymon).records(ActivityQuery.all())).hasSize(250)
            .allSatisfy(r -> assertThat(r.occurredAt()).isNotNull());
        assertThat(new ExaVaultActivitySource(exavault).records(ActivityQuery.builder().actor("admin").build()))
            .isNotEmpty().allSatisfy(r -> assertThat(r.actor()).isEqualTo("admin"));
        assertThat(new CalweActivitySource(calwe).records(ActivityQuery.builder()
            .sessionId(SessionLogApisEmulator.CALWE_ENDED_SESSION).build())).extracting(ActivityRecord::action)
            .containsExactly("ENTERED", "LEFT", "ENDED", "SESSION_PERIOD");
    }
}
