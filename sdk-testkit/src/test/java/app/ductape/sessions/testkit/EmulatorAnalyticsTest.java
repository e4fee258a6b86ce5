package app.ductape.sessions.testkit;

import app.ductape.sessions.options.FetchSessionUserDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.HourCount;
import app.ductape.sessions.model.SessionUserDashboard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Activity logs and session users as the lifecycle calls leave them, read through the SDK. */
class EmulatorAnalyticsTest {
    private static final Instant T0 = Instant.parse("2024-01-05T12:00:00Z");

    private final MutableClock clock = MutableClock.at(T0);
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    /** Without a default env: reads across every environment unless a call names one. */
    private SessionsService analytics;

    @BeforeEach
    void setUp() {
        emulator = DuctapeEmulator.builder().clock(clock).start();
        sessions = emulator.sessionsServiceBuilder().product("my-product").env("prd").build();
        analytics = emulator.sessionsServiceBuilder().product("my-product").build();
        sessions.create("my-product", SessionConfig.builder().name("User Session").tag("user-session")
            .selector("$Session{details.email}").expiry(1).period(ExpiryPeriod.DAYS)
            .schema(Map.of("details", Map.of("email", "a@b.c"))).build());
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        analytics.close();
        emulator.close();
    }

    private StartSessionResult start(String email) {
        return sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("details", Map.of("email", email))).build());
    }

    private SessionActivityLogsPage logs(FetchSessionActivityLogsOptions.Builder options) {
        return analytics.fetchActivityLogs(options.session("user-session").build());
    }

    private static FetchSessionActivityLogsOptions.Builder all() {
        return FetchSessionActivityLogsOptions.builder().limit(100);
    }

    @Test
    void everyLifecycleCallLogsOneEntryIncludingFailuresNewestFirst() {
        StartSessionResult started = start("ada@example.com");
        clock.advance(Duration.ofMinutes(1));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(started.token()).build());
        clock.advance(Duration.ofMinutes(1));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token("user-session:junk").build());
        clock.advance(Duration.ofMinutes(1));
        StartSessionResult renewed = sessions.refresh(RefreshSessionOptions.builder().tag("user-session")
            .refreshToken(started.refreshToken()).build());
        clock.advance(Duration.ofMinutes(1));
        catchThrowableOfType(SessionError.class, () -> sessions.refresh(RefreshSessionOptions.builder()
            .tag("user-session").refreshToken(started.refreshToken()).build()));
        clock.advance(Duration.ofMinutes(1));
        catchThrowableOfType(SessionError.class, () -> sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("details", Map.of())).build()));
        clock.advance(Duration.ofMinutes(1));
        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(renewed.sessionId()).build());
        sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session").build());

        SessionActivityLogsPage page = logs(all());

        assertThat(page.total()).isEqualTo(7);
        assertThat(page.logs()).extracting(SessionActivityLog::parentTag)
            .containsExactly("revoke", "create", "refresh", "refresh", "verify", "verify", "create");
        assertThat(page.logs()).extracting(SessionActivityLog::status).containsExactly(LogStatus.SUCCESS,
            LogStatus.FAIL, LogStatus.FAIL, LogStatus.SUCCESS, LogStatus.FAIL, LogStatus.SUCCESS, LogStatus.SUCCESS);
        SessionActivityLog create = page.logs().get(6);
        assertThat(create.productTag()).isEqualTo("my-product");
        assertThat(create.sessionTag()).isEqualTo("my-product:user-session");
        assertThat(create.env()).isEqualTo("prd");
        assertThat(create.type()).isEqualTo("session");
        assertThat(create.successfulExecution()).isTrue();
        assertThat(create.failedExecution()).isFalse();
        assertThat(create.start()).isEqualTo(T0);
        assertThat(create.end()).isAfterOrEqualTo(create.start());
        assertThat(create.timestamp()).isEqualTo(create.end());
        assertThat(create.processId()).isNotBlank();
        assertThat(create.id()).isNotBlank();
        assertThat(create.dataAsJson().get("sessionId").asText()).isEqualTo(started.sessionId());
        assertThat(create.dataAsJson().get("identifier").asText()).isEqualTo("ada@example.com");
        assertThat(page.logs().get(1).failedExecution()).isTrue();
        assertThat(page.logs().get(1).message()).contains("details.email");
    }

    @Test
    void logsNeverCarryTokens() {
        StartSessionResult started = start("ada@example.com");
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(started.token()).build());

        for (SessionActivityLog log : logs(all()).logs()) {
            assertThat(log.data()).doesNotContain(started.token().substring(13)).doesNotContain(started.refreshToken());
        }
    }

    @Test
    void logsFilterByEnvStatusAndTimeAndAnEndDateIncludesTheWholeDay() {
        start("a@example.com");
        clock.set(Instant.parse("2024-01-06T23:59:00Z"));
        start("b@example.com");
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token("user-session:bad").build());
        clock.set(Instant.parse("2024-01-07T00:00:01Z"));
        sessions.start(StartSessionOptions.builder().tag("user-session").env("staging")
            .data(Map.of("details", Map.of("email", "c@example.com"))).build());

        assertThat(logs(all()).total()).isEqualTo(4);
        assertThat(logs(all().env("staging")).total()).isEqualTo(1);
        assertThat(logs(all().status(LogStatus.FAIL)).total()).isEqualTo(1);
        assertThat(logs(all().env("prd").status(LogStatus.SUCCESS)).total()).isEqualTo(2);
        assertThat(logs(all().status(LogStatus.PROCESSING)).total()).isZero();
        assertThat(logs(all().end("2024-01-06")).total()).isEqualTo(3);
        assertThat(logs(all().start("2024-01-06")).total()).isEqualTo(3);
        assertThat(logs(all().start("2024-01-06").end("2024-01-06")).total()).isEqualTo(2);
        assertThat(logs(all().end(Instant.parse("2024-01-05T12:00:00Z"))).total()).isEqualTo(1);
    }

    @Test
    void logPagesHaveTotalPagesAndEmptyPagesPastTheEnd() {
        for (int i = 0; i < 5; i++) {
            start("user" + i + "@example.com");
            clock.advance(Duration.ofSeconds(1));
        }

        SessionActivityLogsPage page2 = logs(FetchSessionActivityLogsOptions.builder().page(2).limit(2));
        SessionActivityLogsPage page3 = logs(FetchSessionActivityLogsOptions.builder().page(3).limit(2));
        SessionActivityLogsPage page4 = logs(FetchSessionActivityLogsOptions.builder().page(4).limit(2));

        assertThat(page2.total()).isEqualTo(5);
        assertThat(page2.totalPages()).isEqualTo(3);
        assertThat(page2.page()).isEqualTo(2);
        assertThat(page2.limit()).isEqualTo(2);
        assertThat(page2.logs()).hasSize(2);
        assertThat(page3.logs()).hasSize(1);
        assertThat(page3.logs().get(0).dataAsJson().get("identifier").asText()).isEqualTo("user0@example.com");
        assertThat(page4.logs()).isEmpty();
        assertThat(page4.totalPages()).isEqualTo(3);
    }

    @Test
    void startsAndSuccessfulVerifiesCreateAndUpdateSessionUsers() {
        StartSessionResult started = start("ada@example.com");
        clock.advance(Duration.ofHours(2));
        start("grace@example.com");
        clock.advance(Duration.ofHours(1));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(started.token()).build());
        clock.advance(Duration.ofHours(1));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token("user-session:bad").build());

        SessionUsersPage users = sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session")
            .build());

        assertThat(users.total()).isEqualTo(2);
        assertThat(users.users()).extracting(u -> u.identifier()).containsExactly("ada@example.com",
            "grace@example.com");
        assertThat(users.users().get(0).firstSeen()).isEqualTo(T0);
        assertThat(users.users().get(0).lastSeen()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(users.users().get(0).ductapeUserId()).isNotBlank();
        assertThat(users.users().get(0).sessionTag()).isEqualTo("my-product:user-session");
        assertThat(users.users().get(0).env()).isEqualTo("prd");
    }

    @Test
    void userDetailsListTheUsersSessions() {
        StartSessionResult first = start("ada@example.com");
        clock.advance(Duration.ofHours(1));
        start("ada@example.com");
        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(first.sessionId()).build());

        SessionUserDetails details = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .session("user-session").identifier("ada@example.com").build());

        assertThat(details.user().identifier()).isEqualTo("ada@example.com");
        assertThat(details.totalSessions()).isEqualTo(2);
        assertThat(details.activeSessionsCount()).isEqualTo(1);
        assertThat(details.sessions()).extracting(s -> s.active()).containsExactly(false, true);
        assertThat(details.sessions().get(0).sessionId()).isEqualTo(first.sessionId());
        assertThat(details.sessions().get(0).data()).isEqualTo(Map.of("details", Map.of("email", "ada@example.com")));
    }

    @Test
    void theSeedsUserByIdIsRefusedAsDuctapesProxyRefusesAMethodOutsideItsAllowlist() {
        StartSessionResult started = start("ada@example.com");

        SessionError byId;
        try (Ductape ductape = emulator.newDuctape()) {
            byId = catchThrowableOfType(SessionError.class, () -> ductape.products().sessions().user("du_1"));
        }

        assertThat(started.sessionId()).isNotBlank();
        assertThat(byId.code()).isEqualTo(SessionErrorCode.FETCH_USER_DETAILS_FAILED);
        assertThat(byId.httpStatus()).hasValue(403);
        assertThat(byId.serverCode()).hasValue("METHOD_NOT_ALLOWED");
    }

    @Test
    void unknownUserIsUserNotFound() {
        start("ada@example.com");

        SessionError details = catchThrowableOfType(SessionError.class, () -> sessions.fetchUserDetails(
            FetchSessionUserDetailsOptions.builder().session("user-session").identifier("nobody@example.com").build()));
        assertThat(details.code()).isEqualTo(SessionErrorCode.USER_NOT_FOUND);
        assertThat(details.serverCode()).hasValue("USER_NOT_FOUND");
    }

    @Test
    void identifiersWithSlashesAndSpacesRoundTrip() {
        start("a/b c@example.com");

        assertThat(sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder().session("user-session")
            .identifier("a/b c@example.com").build()).user().identifier()).isEqualTo("a/b c@example.com");
    }

    @Test
    void usersPageIsNewestSeenFirstWithEmptyPagesPastTheEnd() {
        for (int i = 0; i < 3; i++) {
            start("user" + i + "@example.com");
            clock.advance(Duration.ofMinutes(1));
        }

        SessionUsersPage page = sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session")
            .limit(2).build());
        SessionUsersPage past = sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session")
            .page(5).limit(2).build());

        assertThat(page.users()).extracting(u -> u.identifier()).containsExactly("user2@example.com",
            "user1@example.com");
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(past.users()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
    }

    @Test
    void aUsersLogsAreHisAloneNewestFirstAndFilterByStatusAndProcess() {
        StartSessionResult ada = start("ada@example.com");
        start("grace@example.com");
        clock.advance(Duration.ofMinutes(1));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(ada.token()).build());

        SessionActivityLogsPage logs = analytics.fetchUserLogs(FetchSessionUserLogsOptions.builder()
            .session("user-session").identifier("ada@example.com").build());

        assertThat(logs.total()).isEqualTo(2);
        assertThat(logs.logs()).extracting(SessionActivityLog::parentTag).containsExactly("verify", "create");
        assertThat(logs.logs()).allSatisfy(log -> assertThat(log.data()).contains("ada@example.com"));
        String process = logs.logs().get(1).processId();
        assertThat(analytics.fetchUserLogs(FetchSessionUserLogsOptions.builder().session("user-session")
            .identifier("ada@example.com").processId(process).build()).logs()).extracting(SessionActivityLog::processId)
            .containsExactly(process);
        assertThat(analytics.fetchUserLogs(FetchSessionUserLogsOptions.builder().session("user-session")
            .identifier("ada@example.com").status(LogStatus.FAIL).build()).total()).isZero();
    }

    @Test
    void aUsersDashboardCountsHisOperationsPerPeriodWithTheirLatencyAndOutcomes() {
        StartSessionResult ada = start("ada@example.com");
        start("grace@example.com");
        clock.advance(Duration.ofHours(1));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(ada.token()).build());

        SessionUserDashboard dashboard = analytics.fetchUserDashboard(FetchSessionUserDashboardOptions.builder()
            .session("user-session").identifier("ada@example.com").groupBy(GroupBy.HOUR).start(T0)
            .end(T0.plus(Duration.ofHours(2))).build());

        assertThat(dashboard.totalLogs()).isEqualTo(2);
        assertThat(dashboard.successRate()).isEqualTo(100.0);
        assertThat(dashboard.activityTimeline()).extracting(SessionUserDashboard.Activity::operations)
            .containsExactly(1L, 1L, 0L);
        assertThat(dashboard.activityTimeline().get(0).date()).isEqualTo("2024-01-05T12");
        assertThat(dashboard.latencyTimeline().get(2).avgLatencyMs()).isEmpty();
        assertThat(dashboard.outcomeTimeline()).extracting(SessionUserDashboard.Outcomes::successful)
            .containsExactly(1L, 1L, 0L);
        assertThat(dashboard.peakHours()).extracting(HourCount::hour).containsExactly("12", "13");
    }

    @Test
    void aStartWithMoreThan200KbOfDataTravelsGzippedAndIsStored() {
        String notes = "n".repeat(220 * 1024);
        StartSessionResult started = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("details", Map.of("email", "big@example.com"), "notes", notes)).build());

        assertThat(sessions.verify(VerifySessionOptions.builder().tag("user-session").token(started.token()).build())
            .data().get("notes")).isEqualTo(notes);
    }
}
