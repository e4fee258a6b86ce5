package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.SessionDashboard;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** close() lets the JVM exit; the sync API works on virtual threads (JDK 21+). */
class LifecycleOfClientTest {
    private static final FetchSessionDashboardOptions DASHBOARD =
        FetchSessionDashboardOptions.builder().product("p").session("s").build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private static Set<Thread> okHttpDispatcherThreads() {
        return Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("OkHttp Dispatch") && t.isAlive() && !t.isDaemon())
            .collect(Collectors.toSet());
    }

    @Test
    void closeLeavesNoNonDaemonOkHttpThreadsAndAnEmptyPool() throws Exception {
        Set<Thread> before = okHttpDispatcherThreads();
        SessionsService sessions = Wire.accessKeyClient(server).build();
        for (int i = 0; i < 5; i++) {
            server.enqueue(Wire.ok("dashboard.json"));
        }
        for (int i = 0; i < 5; i++) {
            sessions.async().fetchDashboard(DASHBOARD).join();
        }
        var http = sessions.api().okHttpClient();

        sessions.close();

        assertThat(http.dispatcher().executorService().awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS))
            .isTrue();
        assertThat(http.connectionPool().connectionCount()).isZero();
        Set<Thread> after = okHttpDispatcherThreads();
        after.removeAll(before);
        assertThat(after).isEmpty();
    }

    @Test
    void aCallOnAClosedClientIsRefusedWithoutARequest() {
        SessionsService sessions = Wire.accessKeyClient(server).build();
        sessions.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.fetchDashboard(DASHBOARD))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("`fetchDashboard` was called on a closed client");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.async().fetchDashboard(DASHBOARD))
            .isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void syncCallsRunOnVirtualThreadsWhenTheJdkHasThem() throws Exception {
        Method factory;
        try {
            factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        } catch (NoSuchMethodException jdk17) {
            org.junit.jupiter.api.Assumptions.abort("virtual threads need JDK 21+; .ci/run repeats this on JDK 25");
            return;
        }
        for (int i = 0; i < 50; i++) {
            server.enqueue(Wire.ok("dashboard.json"));
        }
        ExecutorService virtualThreads = (ExecutorService) factory.invoke(null);
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            java.util.List<Future<SessionDashboard>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Callable<SessionDashboard> call = () -> sessions.fetchDashboard(DASHBOARD);
                results.add(virtualThreads.submit(call));
            }
            for (Future<SessionDashboard> result : results) {
                assertThat(result.get().totalUsers()).isEqualTo(200);
            }
        } finally {
            virtualThreads.shutdown();
        }
    }
}
