package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.OperationsOverTime;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.HourCount;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUsersDashboard;
import app.ductape.sessions.model.SessionsOverTime;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dashboard metrics over a small scripted history, read through the SDK. */
class EmulatorDashboardTest {
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
            .selector("$Session{userId}").expiry(1).period(ExpiryPeriod.HOURS).schema(Map.of("userId", "u")).build());
        // 2024-01-05: u1 starts A and verifies it, u2 starts B, one bad verify.
        StartSessionResult a = start("u1");
        clock.advance(Duration.ofMinutes(30));
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token(a.token()).build());
        clock.set(T0.plus(Duration.ofHours(2)));
        start("u2");
        sessions.verify(VerifySessionOptions.builder().tag("user-session").token("user-session:bad").build());
        // 2024-01-06: u1 starts C, which is revoked.
        clock.set(Instant.parse("2024-01-06T10:00:00Z"));
        StartSessionResult c = start("u1");
        clock.set(Instant.parse("2024-01-06T10:30:00Z"));
        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(c.sessionId()).build());
        clock.set(Instant.parse("2024-01-06T15:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        analytics.close();
        emulator.close();
    }

    private StartSessionResult start(String userId) {
        return sessions.start(StartSessionOptions.builder().tag("user-session").data(Map.of("userId", userId))
            .build());
    }

    private SessionDashboard dashboard(FetchSessionDashboardOptions.Builder options) {
        return analytics.fetchDashboard(options.session("user-session").build());
    }

    @Test
    void dailyDashboardCountsUsersSessionsRatesAndEveryBucket() {
        SessionDashboard d = dashboard(FetchSessionDashboardOptions.builder().groupBy(GroupBy.DAY)
            .start("2024-01-04").end("2024-01-06"));

        assertThat(d.totalUsers()).isEqualTo(2);
        assertThat(d.activeUsers()).isEqualTo(1);
        assertThat(d.totalSessions()).isEqualTo(3);
        assertThat(d.activeSessions()).isZero();
        assertThat(d.expiredSessions()).isEqualTo(2);
        assertThat(d.successRate()).isEqualTo(83.33);
        assertThat(d.errorRate()).isEqualTo(16.67);
        assertThat(d.averageSessionDuration()).isZero();
        assertThat(d.operationsOverTime()).containsExactly(
            new OperationsOverTime("2024-01-04", 0, 0, 0, 0),
            new OperationsOverTime("2024-01-05", 2, 2, 0, 0),
            new OperationsOverTime("2024-01-06", 1, 0, 0, 1));
        assertThat(d.sessionsOverTime()).containsExactly(
            new SessionsOverTime("2024-01-04", 0, 0),
            new SessionsOverTime("2024-01-05", 2, 2),
            new SessionsOverTime("2024-01-06", 1, 0));
    }

    @Test
    void theUsersDashboardCountsEveryUserOfTheEnvByTheirSessionsNow() {
        SessionUsersDashboard d = analytics.fetchUsersDashboard(FetchSessionUsersDashboardOptions.builder()
            .session("user-session").env("prd").build());

        assertThat(d.totalUsers()).isEqualTo(2);
        assertThat(d.activeUsers() + d.inactiveUsers()).isEqualTo(d.totalUsers());
        assertThat(d.inactiveUsers()).isEqualTo(2);
        assertThat(d.expiredUsers()).isEqualTo(1);
        assertThat(d.newUsersToday()).isZero();
        assertThat(d.newUsersThisWeek()).isEqualTo(2);
        assertThat(d.totalSessions()).isEqualTo(3);
        assertThat(d.averageSessionsPerUser()).isEqualTo(1.5);
    }

    @Test
    void theHourlyActivityCountsTheOperationsOfEachHourOfTheDay() {
        SessionDashboard d = dashboard(FetchSessionDashboardOptions.builder());

        assertThat(d.hourlyActivity()).isNotEmpty();
        assertThat(d.hourlyActivity().stream().mapToLong(HourCount::count).sum())
            .isEqualTo(d.operationsOverTime().stream().mapToLong(OperationsOverTime::total).sum());
    }

    @Test
    void activeSessionsCountWhileTheyLast() {
        clock.set(Instant.parse("2024-01-06T16:00:00Z"));
        start("u3");

        SessionDashboard d = dashboard(FetchSessionDashboardOptions.builder());

        assertThat(d.activeSessions()).isEqualTo(1);
        assertThat(d.activeUsers()).isEqualTo(2);
        assertThat(d.totalUsers()).isEqualTo(3);
    }

    @Test
    void hourlyBucketsAreLabelledWithTheHour() {
        SessionDashboard d = dashboard(FetchSessionDashboardOptions.builder().groupBy(GroupBy.HOUR)
            .start(Instant.parse("2024-01-05T12:00:00Z")).end(Instant.parse("2024-01-05T14:59:59Z")));

        assertThat(d.operationsOverTime()).extracting(OperationsOverTime::period)
            .containsExactly("2024-01-05T12", "2024-01-05T13", "2024-01-05T14");
        assertThat(d.operationsOverTime()).extracting(OperationsOverTime::total).containsExactly(2L, 0L, 2L);
        assertThat(d.sessionsOverTime()).extracting(SessionsOverTime::expired).containsExactly(0L, 1L, 0L);
    }

    @Test
    void weeklyAndMonthlyBucketsUseIsoWeeksAndMonths() {
        SessionDashboard weekly = dashboard(FetchSessionDashboardOptions.builder().groupBy(GroupBy.WEEK)
            .start("2023-12-25").end("2024-01-14"));
        SessionDashboard monthly = dashboard(FetchSessionDashboardOptions.builder().groupBy(GroupBy.MONTH)
            .start("2023-12-01").end("2024-02-10"));

        assertThat(weekly.operationsOverTime()).extracting(OperationsOverTime::period)
            .containsExactly("2023-W52", "2024-W01", "2024-W02");
        assertThat(weekly.operationsOverTime()).extracting(OperationsOverTime::total).containsExactly(0L, 6L, 0L);
        assertThat(monthly.operationsOverTime()).extracting(OperationsOverTime::period)
            .containsExactly("2023-12", "2024-01", "2024-02");
    }

    @Test
    void isoWeekLabelsFollowTheWeekBasedYear() {
        assertThat(GroupBy.WEEK.label(Instant.parse("2021-01-01T00:00:00Z"))).isEqualTo("2020-W53");
        assertThat(GroupBy.WEEK.label(Instant.parse("2024-12-30T00:00:00Z"))).isEqualTo("2025-W01");
        assertThat(GroupBy.HOUR.label(Instant.parse("2024-01-05T13:59:00Z"))).isEqualTo("2024-01-05T13");
    }

    @Test
    void rangeLimitsOperationsAndSessions() {
        SessionDashboard d = dashboard(FetchSessionDashboardOptions.builder().start("2024-01-06").end("2024-01-06"));

        assertThat(d.totalSessions()).isEqualTo(1);
        assertThat(d.successRate()).isEqualTo(100.0);
        assertThat(d.operationsOverTime()).containsExactly(new OperationsOverTime("2024-01-06", 1, 0, 0, 1));
    }

    @Test
    void envFiltersEverything() {
        sessions.start(StartSessionOptions.builder().tag("user-session").env("staging")
            .data(Map.of("userId", "s1")).build());

        SessionDashboard staging = dashboard(FetchSessionDashboardOptions.builder().env("staging"));
        SessionDashboard all = analytics.fetchDashboard(FetchSessionDashboardOptions.builder().session("user-session")
            .build());

        assertThat(staging.totalUsers()).isEqualTo(1);
        assertThat(staging.totalSessions()).isEqualTo(1);
        assertThat(staging.activeSessions()).isEqualTo(1);
        assertThat(all.totalUsers()).isEqualTo(3);
    }

    @Test
    void aConfigurationWithNoActivityAnswersZeros() {
        sessions.create("my-product", SessionConfig.builder().name("Nothing Here").tag("nothing-here")
            .selector("$Session{userId}").expiry(1).period(ExpiryPeriod.HOURS).schema(Map.of("userId", "u")).build());

        SessionDashboard d = sessions.fetchDashboard(FetchSessionDashboardOptions.builder().session("nothing-here")
            .groupBy(GroupBy.DAY).start("2024-01-01").end("2024-01-02").build());

        assertThat(d.totalUsers()).isZero();
        assertThat(d.successRate()).isZero();
        assertThat(d.operationsOverTime()).containsExactly(new OperationsOverTime("2024-01-01", 0, 0, 0, 0),
            new OperationsOverTime("2024-01-02", 0, 0, 0, 0));
    }

    @Test
    void tooManyBucketsIsABadRequest() {
        SessionError error = catchThrowableOfType(SessionError.class, () -> dashboard(FetchSessionDashboardOptions
            .builder().groupBy(GroupBy.HOUR).start("2000-01-01").end("2024-01-01")));

        assertThat(error.httpStatus()).hasValue(400);
    }
}
