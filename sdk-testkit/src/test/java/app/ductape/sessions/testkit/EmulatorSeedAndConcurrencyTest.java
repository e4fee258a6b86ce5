package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.model.SessionUsersPage;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** Demo and generated data, the MockWebServer dispatcher, and concurrent use. */
class EmulatorSeedAndConcurrencyTest {
    private static final Instant NOW = Instant.parse("2024-02-01T00:00:00Z");

    private static SessionDashboard dashboard(SessionsService sessions, String product, String tag) {
        return sessions.fetchDashboard(FetchSessionDashboardOptions.builder().product(product).session(tag)
            .groupBy(GroupBy.DAY).build());
    }

    @Test
    void demoSeedIsRealisticAndDeterministic() {
        SessionDashboard first;
        SessionUsersPage firstUsers;
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().clock(MutableClock.at(NOW))
            .seed(EmulatorSeed.demo()).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().env(null).build()) {
            first = dashboard(sessions, "my-product", "user-session");
            firstUsers = sessions.fetchUsers(FetchSessionUsersOptions.builder().product("my-product")
                .session("user-session").limit(10).build());
            long operations = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                .product("my-product").session("user-session").build()).total();
            long failures = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                .product("my-product").session("user-session").status(LogStatus.FAIL).build()).total();

            assertThat(operations).isEqualTo(3000);
            assertThat(failures).isBetween(5L, 300L);
            assertThat(first.totalUsers()).isBetween(150L, 200L);
            assertThat(first.operationsOverTime()).hasSize(31);
            assertThat(first.successRate()).isBetween(90.0, 99.9);
            assertThat(sessions.list("my-product")).extracting(SessionConfig::tag)
                .containsExactly("user-session", "checkout-session");
            assertThat(dashboard(sessions, "analytics-app", "admin-session").totalSessions()).isPositive();
        }
        try (DuctapeEmulator again = DuctapeEmulator.builder().clock(MutableClock.at(NOW))
            .seed(EmulatorSeed.demo()).start();
             SessionsService sessions = again.sessionsServiceBuilder().env(null).build()) {
            assertThat(dashboard(sessions, "my-product", "user-session")).isEqualTo(first);
            assertThat(sessions.fetchUsers(FetchSessionUsersOptions.builder().product("my-product")
                .session("user-session").limit(10).build())).isEqualTo(firstUsers);
        }
    }

    @Test
    void clientsOfADemoEmulatorDefaultToTheDemoProductAndEnv() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().clock(MutableClock.at(NOW))
            .seed(EmulatorSeed.demo()).start(); SessionsService sessions = emulator.newSessionsService();
             app.ductape.sessions.Ductape ductape = emulator.newDuctape()) {
            StartSessionResult started = sessions.start(StartSessionOptions.builder().tag("user-session")
                .data(Map.of("userId", "user_123", "email", "john@example.com")).build());

            assertThat(sessions.verify(VerifySessionOptions.builder().tag("user-session").token(started.token())
                .build()).valid()).isTrue();
            SessionDashboard byDefault = ductape.sessions().fetchDashboard(FetchSessionDashboardOptions.builder()
                .session("user-session").build());
            SessionDashboard named = sessions.fetchDashboard(FetchSessionDashboardOptions.builder()
                .product("my-product").env("production").session("user-session").build());
            assertThat(byDefault).isEqualTo(named);
            assertThat(byDefault.totalSessions()).isPositive();
            assertThat(emulator.defaultProduct()).hasValue("my-product");
            assertThat(emulator.defaultEnv()).hasValue("production");
        }
    }

    @Test
    void theClientsOfAnEmulatorWithoutASeedAssumeNoEnvAndSoSeeEveryEnvsUsers() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().clock(MutableClock.at(NOW)).start();
             SessionsService sessions = emulator.newSessionsService()) {
            sessions.create("shop", SessionConfig.builder().name("Shop").tag("shopper").selector("$Session{email}")
                .expiry(1).period(ExpiryPeriod.HOURS).schema(Map.of("email", "a@b.c")).build());
            sessions.start(StartSessionOptions.builder().product("shop").env("prd").tag("shopper")
                .data(Map.of("email", "ada@example.com")).build());

            SessionUsersPage users = sessions.fetchUsers(FetchSessionUsersOptions.builder().product("shop")
                .session("shopper").build());

            assertThat(users.users()).extracting(SessionUser::identifier).containsExactly("ada@example.com");
            assertThat(emulator.defaultProduct()).isEmpty();
            assertThat(emulator.defaultEnv()).isEmpty();
            assertThat(sessions.defaults().env()).isEmpty();
        }
    }

    @Test
    void generatedSeedHasTheRequestedSize() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().clock(MutableClock.at(NOW))
            .seed(EmulatorSeed.generate(99, 50, 5000, 10)).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().env(null).build()) {
            assertThat(sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().product("my-product")
                .session("user-session").build()).total()).isEqualTo(5000);
            assertThat(dashboard(sessions, "my-product", "user-session").totalUsers()).isBetween(30L, 50L);
        }
    }

    @Test
    void dispatcherServesTheSameApiThroughMockWebServer() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(DuctapeEmulator.builder().clock(MutableClock.at(NOW)).seed(EmulatorSeed.demo())
                .dispatcher());
            server.start();
            try (SessionsService sessions = SessionsService.builder().accessKey("emulator-access-key")
                .workspaceId(EmulatorCredentials.defaults().workspaceId())
                .baseUrl(server.url("/").toString()).build()) {
                assertThat(dashboard(sessions, "my-product", "user-session").totalUsers()).isPositive();
            }
        }
    }

    @Test
    void concurrentStartsAndVerifiesAreAllRecorded() throws Exception {
        int threads = 16;
        int perThread = 25;
        try (DuctapeEmulator emulator = DuctapeEmulator.start();
             SessionsService sessions = emulator.sessionsServiceBuilder().product("p").env("prd").build()) {
            sessions.create("p", SessionConfig.builder().name("S").tag("s").selector("$Session{userId}").expiry(1)
                .period(ExpiryPeriod.HOURS).schema(Map.of("userId", "u")).build());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int valid = 0;
                    for (int i = 0; i < perThread; i++) {
                        StartSessionResult started = sessions.start(StartSessionOptions.builder().tag("s")
                            .data(Map.of("userId", "user_" + thread + "_" + i)).build());
                        valid += sessions.verify(VerifySessionOptions.builder().tag("s").token(started.token())
                            .build()).valid() ? 1 : 0;
                    }
                    return valid;
                }));
            }
            int valid = 0;
            for (Future<Integer> result : results) {
                valid += result.get();
            }
            pool.shutdown();

            assertThat(valid).isEqualTo(threads * perThread);
            assertThat(sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().session("s").build())
                .total()).isEqualTo(2L * threads * perThread);
            assertThat(sessions.fetchUsers(FetchSessionUsersOptions.builder().session("s").build()).total())
                .isEqualTo((long) threads * perThread);
        }
    }
}
