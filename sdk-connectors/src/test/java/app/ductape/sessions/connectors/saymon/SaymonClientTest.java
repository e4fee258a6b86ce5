package app.ductape.sessions.connectors.saymon;

import static app.ductape.sessions.connectors.Wire.json;
import static app.ductape.sessions.connectors.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;

import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SAYMON's users' sessions log: requests, the bare-array answer, paging and every error path. */
class SaymonClientTest {
    private static final String PASSWORD = "saymon-Passw0rd!";
    /** The documented example response. */
    private static final String EXAMPLE = "[{\"startTime\": 1651662280161, \"endTime\": null, "
        + "\"expiredAt\": 1651671819978, \"userId\": \"5f5f420005a91e683e101ca7\", \"login\": \"admin\", "
        + "\"id\": \"62725dc8bad91064e16e5910\"}]";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private SaymonClient saymon;

    @BeforeEach
    void setUp() {
        saymon = SaymonClient.builder().baseUrl(server.url("/").toString()).login("admin").password(PASSWORD)
            .transport(t -> t.maxRetries(0)).build();
    }

    @AfterEach
    void tearDown() {
        saymon.close();
    }

    private static String record(int n, Long endTime) {
        return "{\"startTime\":" + (1_651_662_280_000L - n * 1000L) + ",\"endTime\":" + endTime
            + ",\"expiredAt\":1651671819978,\"userId\":\"u" + n + "\",\"login\":\"user" + n + "\",\"id\":\"r" + n + "\"}";
    }

    private static String records(int from, int count) {
        StringBuilder body = new StringBuilder("[");
        for (int i = from; i < from + count; i++) {
            body.append(i > from ? "," : "").append(record(i, 1_651_662_290_000L));
        }
        return body.append(']').toString();
    }

    @Test
    void readsTheDocumentedExampleAsAnActiveSession() {
        server.enqueue(json(200, EXAMPLE));

        List<SaymonSessionRecord> records = saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build());

        assertThat(records).containsExactly(new SaymonSessionRecord("62725dc8bad91064e16e5910",
            "5f5f420005a91e683e101ca7", "admin", Instant.ofEpochMilli(1651662280161L), null,
            Instant.ofEpochMilli(1651671819978L)));
        assertThat(records.get(0).active()).isTrue();
        assertThat(records.get(0).endTimeIfEnded()).isEmpty();
    }

    @Test
    void anAbsentEndTimeIsAnActiveSessionAndAPresentOneEndedIt() {
        server.enqueue(json(200, "[{\"id\":\"a\",\"startTime\":1},{\"id\":\"b\",\"startTime\":1,\"endTime\":5}]"));

        List<SaymonSessionRecord> records = saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build());

        assertThat(records).extracting(SaymonSessionRecord::active).containsExactly(true, false);
        assertThat(records.get(1).endTime()).isEqualTo(Instant.ofEpochMilli(5));
    }

    @Test
    void sendsTheRangeAsEpochMillisLimitSkipAndBasicAuth() throws Exception {
        server.enqueue(json(200, "[]"));

        saymon.fetchSessionLog(SaymonSessionLogOptions.builder().from(Instant.ofEpochMilli(1651662280161L))
            .to(Instant.ofEpochMilli(1651671819978L)).limit(50).skip(100).build());

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/node/api/users/session/log");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("from=1651662280161&to=1651671819978&limit=50&skip=100");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("admin", PASSWORD));
    }

    @Test
    void unsetOptionsSendNoQuery() throws Exception {
        server.enqueue(json(200, "[]"));

        saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build());

        assertThat(take(server).getUrl().encodedQuery()).isNull();
    }

    @Test
    void autoPagingSkipsByThePageSizeAndStopsOnAShortPage() throws Exception {
        server.enqueue(json(200, records(0, 2)));
        server.enqueue(json(200, records(2, 2)));
        server.enqueue(json(200, records(4, 1)));

        List<String> ids = saymon.sessionLog(SaymonSessionLogOptions.builder().limit(2).build()).stream()
            .map(SaymonSessionRecord::id).toList();

        assertThat(ids).containsExactly("r0", "r1", "r2", "r3", "r4");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(take(server).getUrl().queryParameter("skip")).isEqualTo("0");
        assertThat(take(server).getUrl().queryParameter("skip")).isEqualTo("2");
        RecordedRequest last = take(server);
        assertThat(last.getUrl().queryParameter("skip")).isEqualTo("4");
        assertThat(last.getUrl().queryParameter("limit")).isEqualTo("2");
    }

    @Test
    void autoPagingStartsAtTheOptionsSkipKeepsTheRangeAndEndsOnAnEmptyPage() throws Exception {
        server.enqueue(json(200, records(10, 3)));
        server.enqueue(json(200, "[]"));

        long count = saymon.sessionLog(SaymonSessionLogOptions.builder().skip(10).limit(3)
            .from(Instant.ofEpochMilli(1000)).build()).stream().count();

        assertThat(count).isEqualTo(3);
        assertThat(take(server).getUrl().encodedQuery()).isEqualTo("from=1000&limit=3&skip=10");
        assertThat(take(server).getUrl().encodedQuery()).isEqualTo("from=1000&limit=3&skip=13");
    }

    @Test
    void autoPagingWithoutALimitUsesTheDefaultPageSize() throws Exception {
        server.enqueue(json(200, records(0, 3)));

        assertThat(saymon.sessionLog(SaymonSessionLogOptions.builder().build())).hasSize(3);
        assertThat(take(server).getUrl().queryParameter("limit"))
            .isEqualTo(String.valueOf(SaymonClient.DEFAULT_PAGE_SIZE));
    }

    @Test
    void aMessageNestedAsJsonTextIsSurfacedUnwrapped() {
        server.enqueue(json(401, "{\"code\": \"Unauthorized\", "
            + "\"message\": \"{\\\"errorCode\\\":3,\\\"message\\\":\\\"Session expired.\\\"}\"}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build()));

        assertThat(error.code()).isEqualTo(SaymonErrorCode.FETCH_USERS_SESSIONS_LOG_FAILED);
        assertThat(error.operation()).isEqualTo("fetchSessionLog");
        assertThat(error.httpStatus()).hasValue(401);
        assertThat(error.serverMessage()).hasValue("Session expired.");
        assertThat(error.serverCode()).hasValue("Unauthorized");
        assertThat(error.isAuthenticationError()).isTrue();
    }

    @Test
    void aPlainMessageIsKeptAsSent() {
        server.enqueue(json(400, "{\"code\":\"BadRequest\",\"message\":\"from must be a number\"}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build()));

        assertThat(error.serverMessage()).hasValue("from must be a number");
    }

    @Test
    void forbiddenNamesTheMissingPermission() {
        server.enqueue(json(403, "{\"code\":\"Forbidden\",\"message\":\"{\\\"errorCode\\\":7,\\\"message\\\":\\\"Access denied\\\"}\"}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build()));

        assertThat(error.serverMessage()).hasValue("the user needs the read-session-log permission (Access denied)");
        assertThat(error.getMessage()).contains("HTTP 403").contains("read-session-log");
    }

    @Test
    void anObjectWhereTheArrayBelongsIsAFailure() {
        server.enqueue(json(200, "{\"records\":[]}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build()));

        assertThat(error.code()).isEqualTo(SaymonErrorCode.FETCH_USERS_SESSIONS_LOG_FAILED);
        assertThat(error.getMessage()).contains("not the expected JSON");
    }

    @Test
    void aFailedPageSurfacesFromTheIterator() {
        server.enqueue(json(200, records(0, 2)));
        server.enqueue(json(500, "{\"code\":\"Internal\",\"message\":\"db down\"}"));

        assertThatThrownBy(() -> saymon.sessionLog(SaymonSessionLogOptions.builder().limit(2).build()).stream()
            .count()).isInstanceOf(SessionError.class).hasMessageContaining("db down");
    }

    @Test
    void badOptionsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> SaymonSessionLogOptions.builder().limit(0).build()).hasMessageContaining("`limit`");
        assertThatThrownBy(() -> SaymonSessionLogOptions.builder().skip(-1).build()).hasMessageContaining("`skip`");
        assertThatThrownBy(() -> SaymonSessionLogOptions.builder().from(Instant.ofEpochMilli(2))
            .to(Instant.ofEpochMilli(1)).build()).hasMessageContaining("`from`");
        assertThatThrownBy(() -> SaymonClient.builder().baseUrl(server.url("/").toString()).login("admin").build())
            .hasMessageContaining("`password`");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void thePasswordNeverShows() {
        server.enqueue(json(401, "{\"code\":\"Unauthorized\",\"message\":\"wrong password " + PASSWORD + "\"}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> saymon.fetchSessionLog(SaymonSessionLogOptions.builder().build()));

        assertThat(error.getMessage()).doesNotContain(PASSWORD).contains("***");
        assertThat(saymon.toString()).doesNotContain(PASSWORD).contains("login=admin");
    }
}
