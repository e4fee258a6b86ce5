package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.model.ActiveSession;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionUser;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-paging: lazy, one page at a time, keeps the options, always ends. */
class PagingTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        sessions = Wire.workspaceClient(server).product("p").build();
    }

    @AfterEach
    void tearDown() {
        sessions.close();
    }

    /** Serves {@code total} logs {@code log_1..log_total}; {@code totalFor} may change the reported total per page. */
    private void serveLogs(int total, IntUnaryOperator reportedTotalForPage) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int page = Integer.parseInt(request.getUrl().queryParameter("page"));
                int limit = Integer.parseInt(request.getUrl().queryParameter("limit"));
                int reported = reportedTotalForPage.applyAsInt(page);
                StringBuilder logs = new StringBuilder();
                for (int i = (page - 1) * limit + 1; i <= Math.min(page * limit, total); i++) {
                    logs.append(logs.length() == 0 ? "" : ",").append("{\"_id\":\"log_").append(i).append("\"}");
                }
                return Wire.workspaceLogs("[" + logs + "]", reported, page, limit, (reported + limit - 1) / limit);
            }
        });
    }

    private static FetchSessionActivityLogsOptions.Builder logs() {
        return FetchSessionActivityLogsOptions.builder().session("s").limit(10);
    }

    private static List<String> ids(Iterable<SessionActivityLog> logs) {
        List<String> ids = new ArrayList<>();
        logs.forEach(log -> ids.add(log.id()));
        return ids;
    }

    @Test
    void iteratesEveryItemAcrossPagesAndStopsAtTheLastPage() {
        serveLogs(25, page -> 25);

        List<String> ids = ids(sessions.activityLogs(logs().build()));

        assertThat(ids).hasSize(25).startsWith("log_1").endsWith("log_25").doesNotHaveDuplicates();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void exactMultipleOfTheLimitStopsWithoutAnExtraRequest() {
        serveLogs(20, page -> 20);

        assertThat(ids(sessions.activityLogs(logs().build()))).hasSize(20);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void shortPageEndsIterationEvenWhenTheTotalSaysMore() {
        serveLogs(15, page -> 100);

        assertThat(ids(sessions.activityLogs(logs().build()))).hasSize(15);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void emptyFirstPageYieldsNothing() {
        serveLogs(0, page -> 0);

        assertThat(ids(sessions.activityLogs(logs().build()))).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTotalThatGrowsDuringIterationNeverLoopsForever() {
        serveLogs(1_000_000, page -> 30 + page * 10);

        assertThat(ids(sessions.activityLogs(logs().build()))).hasSize(40);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aTotalThatShrinksStopsEarly() {
        serveLogs(50, page -> page == 1 ? 50 : 20);

        assertThat(ids(sessions.activityLogs(logs().build()))).hasSize(20);
    }

    @Test
    void iterationStartsAtTheOptionsPageAndCarriesEveryOption() throws Exception {
        serveLogs(25, page -> 25);

        List<String> ids = ids(sessions.activityLogs(logs().page(2).env("prd")
            .status(app.ductape.sessions.model.LogStatus.FAIL).build(),
            RequestOptions.builder().header("X-Trace", "t-1").build()));

        assertThat(ids).hasSize(15).startsWith("log_11");
        for (int expectedPage = 2; expectedPage <= 3; expectedPage++) {
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(request.getUrl().queryParameter("page")).isEqualTo(String.valueOf(expectedPage));
            assertThat(request.getUrl().queryParameter("env")).isEqualTo("prd");
            assertThat(request.getUrl().queryParameter("status")).isEqualTo("fail");
            assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
        }
    }

    @Test
    void streamIsLazy() {
        serveLogs(100, page -> 100);

        assertThat(sessions.activityLogs(logs().build()).stream().map(SessionActivityLog::id).findFirst())
            .hasValue("log_1");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sessions.activityLogs(logs().build()).stream().limit(15).collect(Collectors.toList())).hasSize(15);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void pagesExposeEachPage() {
        serveLogs(25, page -> 25);

        List<List<SessionActivityLog>> pages = new ArrayList<>();
        sessions.activityLogs(logs().build()).pages().forEach(pages::add);

        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(pages.get(2).get(4).id()).isEqualTo("log_25");
    }

    @Test
    void theAsyncListingVisitsEveryItemInOrder() {
        serveLogs(25, page -> 25);
        List<String> ids = new java.util.concurrent.CopyOnWriteArrayList<>();

        sessions.async().activityLogs(logs().build()).forEach(log -> ids.add(log.id())).join();

        assertThat(ids).hasSize(25).startsWith("log_1").endsWith("log_25");
    }

    @Test
    void theAsyncListingStopsOnTheSameRulesAsTheSyncOne() throws Exception {
        serveLogs(25, page -> 25);
        List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();

        sessions.async().activityLogs(logs().build()).forEachPage(page -> sizes.add(page.size())).join();

        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aFailingPageThrowsItsSessionError() {
        server.enqueue(Wire.workspaceLogs("[" + "{\"_id\":\"a\"},".repeat(9) + "{\"_id\":\"a\"}]", 30, 1, 10, 3));
        server.enqueue(Wire.json(500, "{}"));

        var iterator = sessions.activityLogs(logs().build()).iterator();
        for (int i = 0; i < 10; i++) {
            iterator.next();
        }
        assertThatThrownBy(iterator::hasNext).isInstanceOf(SessionError.class);
    }

    @Test
    void usersAndActiveSessionsPageToo() {
        server.enqueue(Wire.envelope("{\"users\":[{\"identifier\":\"a\"},{\"identifier\":\"b\"}],\"total\":3,"
            + "\"page\":1,\"limit\":2,\"totalPages\":2}"));
        server.enqueue(Wire.envelope("{\"users\":[{\"identifier\":\"c\"}],\"total\":3,\"page\":2,\"limit\":2,"
            + "\"totalPages\":2}"));
        server.enqueue(Wire.proxy("{\"sessions\":[{\"sessionId\":\"s1\"}],\"total\":1}"));
        server.enqueue(Wire.envelope("{\"logs\":[{\"_id\":\"u1\"}],\"total\":1,\"page\":1,\"limit\":20,\"totalPages\":1}"));

        assertThat(sessions.users(FetchSessionUsersOptions.builder().session("s").limit(2).build()).stream()
            .map(SessionUser::identifier)).containsExactly("a", "b", "c");
        assertThat(sessions.activeSessions(ListActiveSessionsOptions.builder().env("prd").tag("t").limit(5).build())
            .stream().map(ActiveSession::sessionId)).containsExactly("s1");
        assertThat(sessions.userLogs(FetchSessionUserLogsOptions.builder().session("s").identifier("a").build())
            .stream().map(SessionActivityLog::id)).containsExactly("u1");
    }

    @Test
    void invalidOptionsFailWhenTheIterableIsMade() {
        try (SessionsService noProduct = Wire.workspaceClient(server).build()) {
            assertThatThrownBy(() -> noProduct.activityLogs(logs().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`product`");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
