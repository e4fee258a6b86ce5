package app.ductape.sessions.connectors.calwe;

import static app.ductape.sessions.connectors.Wire.json;
import static app.ductape.sessions.connectors.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.RequestOptions;
import app.ductape.sessions.SessionError;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Calwe session log: the envelope, Laravel's paginator, next_page_url paging and the 404/422 errors. */
class CalweClientTest {
    private static final String TOKEN = "calwe-bearer-7d1f0c9a";
    /** The documented success example. */
    private static final String EXAMPLE = "{\"success\": true, \"message\": \"تم جلب البيانات بنجاح\", \"data\": {"
        + "\"current_page\": 1, \"data\": [{\"text\": \"Customer entered the session\", \"date\": \"2:30 PM\", "
        + "\"action_type\": \"ENTERED\"}, {\"text\": \"Customer temporarily left the session\", \"date\": \"2:35 PM\", "
        + "\"action_type\": \"LEFT\"}], \"first_page_url\": \"http://example.com/path?page=1\", \"from\": 1, "
        + "\"last_page\": 1, \"last_page_url\": \"http://example.com/path?page=1\", \"links\": [], "
        + "\"next_page_url\": null, \"path\": \"http://example.com/path\", \"per_page\": 30, \"prev_page_url\": null, "
        + "\"to\": 2, \"total\": 2}, \"statusCode\": 200}";
    private static final String NOT_FOUND = "{\"success\": false, \"message\": \"لم يتم العثور على الجلسة\", "
        + "\"data\": null, \"statusCode\": 404}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private CalweClient calwe;

    @BeforeEach
    void setUp() {
        calwe = client(CalweRole.CUSTOMER);
    }

    private CalweClient client(CalweRole role) {
        return CalweClient.builder().baseUrl(server.url("/").toString()).token(TOKEN).role(role)
            .transport(t -> t.maxRetries(0)).build();
    }

    @AfterEach
    void tearDown() {
        calwe.close();
    }

    private static String page(int current, int last, String perPage, String nextPageUrl, String links, String... entries) {
        boolean empty = entries.length == 0;
        return "{\"success\":true,\"message\":\"ok\",\"statusCode\":200,\"data\":{\"current_page\":" + current
            + ",\"data\":[" + String.join(",", entries) + "],\"first_page_url\":\"http://calwe.test/x?page=1\","
            + "\"from\":" + (empty ? "null" : "1") + ",\"last_page\":" + last + ",\"last_page_url\":\"http://calwe.test/x?page="
            + last + "\",\"links\":" + links + ",\"next_page_url\":" + (nextPageUrl == null ? "null" : "\"" + nextPageUrl + "\"")
            + ",\"path\":\"http://calwe.test/x\",\"per_page\":" + perPage + ",\"prev_page_url\":null,\"to\":"
            + (empty ? "null" : String.valueOf(entries.length)) + ",\"total\":" + (empty ? 0 : 3) + "}}";
    }

    private static String entry(String text, String action) {
        return "{\"text\":\"" + text + "\",\"date\":\"9:05 am\",\"action_type\":\"" + action + "\"}";
    }

    @Test
    void readsTheDocumentedExample() throws Exception {
        server.enqueue(json(200, EXAMPLE));

        CalweLogPage page = calwe.fetchSessionLog("42", CalweLogOptions.firstPage());

        assertThat(page.currentPage()).isEqualTo(1);
        assertThat(page.entries()).containsExactly(
            new CalweLogEntry("Customer entered the session", "2:30 PM", "ENTERED"),
            new CalweLogEntry("Customer temporarily left the session", "2:35 PM", "LEFT"));
        assertThat(page.entries().get(0).actionType()).isEqualTo(CalweActionType.ENTERED);
        assertThat(page.entries().get(0).timeOfDay()).hasValue(LocalTime.of(14, 30));
        assertThat(page.perPage()).isEqualTo(30);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.links()).isEmpty();
        assertThat(page.next()).isEmpty();
        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/customer/sessions/42/log");
        assertThat(request.getUrl().encodedQuery()).isNull();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void acceptsPerPageAsTextNullFromToOnAnEmptyPageAndRealLaravelLinks() {
        String links = "[{\"url\":null,\"label\":\"&laquo; Previous\",\"active\":false},"
            + "{\"url\":\"http://calwe.test/x?page=1\",\"label\":\"1\",\"active\":true},"
            + "{\"url\":null,\"label\":\"Next &raquo;\",\"active\":false}]";
        server.enqueue(json(200, page(1, 1, "\"15\"", null, links)));

        CalweLogPage page = calwe.fetchSessionLog("42", CalweLogOptions.builder().perPage(15).build());

        assertThat(page.perPage()).isEqualTo(15);
        assertThat(page.from()).isNull();
        assertThat(page.to()).isNull();
        assertThat(page.entries()).isEmpty();
        assertThat(page.links()).extracting(CalwePageLink::label).containsExactly("&laquo; Previous", "1", "Next &raquo;");
        assertThat(page.links().get(1).active()).isTrue();
        assertThat(page.links().get(0).url()).isNull();
    }

    @Test
    void sendsPerPageAndPageAndUsesTheCoachPathForACoachToken() throws Exception {
        try (CalweClient coach = client(CalweRole.COACH)) {
            server.enqueue(json(200, EXAMPLE));

            coach.fetchSessionLog("s/1", CalweLogOptions.builder().perPage(10).page(3).build());

            RecordedRequest request = take(server);
            assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/coach/sessions/s%2F1/log");
            assertThat(request.getUrl().encodedQuery()).isEqualTo("per_page=10&page=3");
        }
    }

    @Test
    void autoPagingFollowsNextPageUrlOnTheConfiguredHostKeepingPerPage() throws Exception {
        server.enqueue(json(200, page(1, 2, "2", "http://other-host.example/v1/customer/sessions/42/log?page=2", "[]",
            entry("Customer entered the session", "ENTERED"), entry("Customer left the session", "LEFT"))));
        server.enqueue(json(200, page(2, 2, "2", null, "[]", entry("Session was ended", "ENDED"))));

        List<String> actions = calwe.sessionLog("42", CalweLogOptions.builder().perPage(2).build()).stream()
            .map(CalweLogEntry::actionTypeValue).toList();

        assertThat(actions).containsExactly("ENTERED", "LEFT", "ENDED");
        assertThat(take(server).getUrl().encodedQuery()).isEqualTo("per_page=2");
        RecordedRequest second = take(server);
        assertThat(second.getUrl().encodedPath()).isEqualTo("/v1/customer/sessions/42/log");
        assertThat(second.getUrl().encodedQuery()).isEqualTo("per_page=2&page=2");
        assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void autoPagingStopsOnANextPageUrlThatRepeatsItself() {
        String same = "http://calwe.test/v1/customer/sessions/42/log?page=2";
        server.enqueue(json(200, page(1, 9, "1", same, "[]", entry("a", "ENTERED"))));
        server.enqueue(json(200, page(2, 9, "1", same, "[]", entry("b", "LEFT"))));

        assertThat(calwe.sessionLog("42", CalweLogOptions.builder().perPage(1).build())).hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnusableNextPageUrlFailsTheIteration() {
        server.enqueue(json(200, page(1, 2, "1", "page two please", "[]", entry("a", "ENTERED"))));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> calwe.sessionLog("42", CalweLogOptions.firstPage()).stream().count());

        assertThat(error.code()).isEqualTo(CalweErrorCode.FETCH_SESSION_LOG_FAILED);
        assertThat(error.getMessage()).contains("next_page_url");
    }

    @Test
    void aMissingSessionIsSessionNotFoundWithTheArabicMessageKept() {
        server.enqueue(json(404, NOT_FOUND));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> calwe.fetchSessionLog("404", CalweLogOptions.firstPage()));

        assertThat(error.code()).isEqualTo(CalweErrorCode.CALWE_SESSION_NOT_FOUND);
        assertThat(error.operation()).isEqualTo("fetchSessionLog");
        assertThat(error.serverMessage()).hasValue("لم يتم العثور على الجلسة");
        assertThat(error.isNotFound()).isTrue();
    }

    @Test
    void successFalseInsideA200IsAFailureWithTheEnvelopesStatus() {
        server.enqueue(json(200, NOT_FOUND));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> calwe.fetchSessionLog("404", CalweLogOptions.firstPage()));

        assertThat(error.code()).isEqualTo(CalweErrorCode.CALWE_SESSION_NOT_FOUND);
        assertThat(error.getMessage()).contains("success false (statusCode 404)");
    }

    @Test
    void createPostsTheActionTypeAndReturnsTheEntry() throws Exception {
        server.enqueue(json(200, "{\"success\": true, \"message\": \"تم حفظ البيانات بنجاح\", \"data\": {"
            + "\"text\": \"Customer entered the session\", \"date\": \"2:30 PM\", \"action_type\": \"ENTERED\"}, "
            + "\"statusCode\": 200}"));

        CalweLogEntry entry = calwe.createLogEntry("42", CalweActionType.ENTERED);

        assertThat(entry).isEqualTo(new CalweLogEntry("Customer entered the session", "2:30 PM", "ENTERED"));
        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/customer/sessions/42/log");
        assertThat(request.getBody().utf8()).isEqualTo("{\"action_type\":\"ENTERED\"}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void creatingOnAnEndedSessionIsSessionAlreadyEnded() {
        server.enqueue(json(422, "{\"success\": false, \"message\": \"لايمكنك تسجيل سجل العمليات بعد انتهاء الجلسة\", "
            + "\"data\": null, \"statusCode\": 422}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> calwe.createLogEntry("42", CalweActionType.LEFT));

        assertThat(error.code()).isEqualTo(CalweErrorCode.SESSION_ALREADY_ENDED);
        assertThat(error.operation()).isEqualTo("createLogEntry");
        assertThat(error.fieldErrors()).isEmpty();
    }

    @Test
    void aValidationFailureCarriesTheFieldErrors() {
        server.enqueue(json(422, "{\"success\": false, \"message\": \"بيانات غير صالحة\", \"data\": {"
            + "\"action_type\": [\"نوع الإجراء غير صالح\"]}, \"statusCode\": 422}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> calwe.createLogEntry("42", CalweActionType.SESSION_PERIOD));

        assertThat(error.code()).isEqualTo(CalweErrorCode.VALIDATION_FAILED);
        assertThat(error.fieldErrors()).isEqualTo(Map.of("action_type", List.of("نوع الإجراء غير صالح")));
        assertThat(error.serverMessage()).hasValue("بيانات غير صالحة");
    }

    @Test
    void creatingOnAMissingSessionIsSessionNotFound() {
        server.enqueue(json(404, NOT_FOUND));

        assertThat(catchThrowableOfType(SessionError.class, () -> calwe.createLogEntry("9", CalweActionType.ENDED))
            .code()).isEqualTo(CalweErrorCode.CALWE_SESSION_NOT_FOUND);
    }

    @Test
    void createIsNotRetriedUnlessAsked() {
        try (CalweClient retrying = CalweClient.builder().baseUrl(server.url("/").toString()).token(TOKEN)
            .transport(t -> t.maxRetries(2).sleeper(new app.ductape.sessions.Sleeper() {
                @Override
                public void sleep(java.time.Duration duration) { }

                @Override
                public java.util.concurrent.CompletableFuture<Void> delay(java.time.Duration duration) {
                    return java.util.concurrent.CompletableFuture.completedFuture(null);
                }
            })).build()) {
            server.enqueue(json(503, "{\"success\":false,\"message\":\"busy\",\"data\":null,\"statusCode\":503}"));
            assertThat(catchThrowableOfType(SessionError.class,
                () -> retrying.createLogEntry("42", CalweActionType.ENTERED)).code())
                .isEqualTo(CalweErrorCode.CREATE_SESSION_LOG_FAILED);
            assertThat(server.getRequestCount()).isEqualTo(1);

            server.enqueue(json(503, "{\"success\":false,\"message\":\"busy\",\"data\":null,\"statusCode\":503}"));
            server.enqueue(json(200, "{\"success\":true,\"data\":{\"text\":\"t\",\"date\":\"1:00 PM\","
                + "\"action_type\":\"ENTERED\"},\"statusCode\":200}"));
            assertThat(retrying.createLogEntry("42", CalweActionType.ENTERED,
                RequestOptions.builder().maxRetries(1).build()).actionType()).isEqualTo(CalweActionType.ENTERED);
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> calwe.createLogEntry("42", CalweActionType.UNKNOWN)).hasMessageContaining("`actionType`");
        assertThatThrownBy(() -> calwe.fetchSessionLog(" ", CalweLogOptions.firstPage()))
            .hasMessageContaining("`sessionId`");
        assertThatThrownBy(() -> calwe.sessionLog("..", CalweLogOptions.firstPage())).hasMessageContaining("`sessionId`");
        assertThatThrownBy(() -> CalweLogOptions.builder().perPage(0).build()).hasMessageContaining("`perPage`");
        assertThatThrownBy(() -> CalweLogOptions.builder().page(0).build()).hasMessageContaining("`page`");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void timesOfDayParseIn12And24HourFormsAndOtherwiseStayText() {
        assertThat(new CalweLogEntry("t", "2:30 pm", "ENTERED").timeOfDay()).hasValue(LocalTime.of(14, 30));
        assertThat(new CalweLogEntry("t", "12:05 AM", "ENTERED").timeOfDay()).hasValue(LocalTime.of(0, 5));
        assertThat(new CalweLogEntry("t", "14:30", "ENTERED").timeOfDay()).hasValue(LocalTime.of(14, 30));
        assertThat(new CalweLogEntry("t", "بعد الظهر", "ENTERED").timeOfDay()).isEmpty();
        assertThat(new CalweLogEntry("t", null, "FLEW_AWAY").actionType()).isEqualTo(CalweActionType.UNKNOWN);
    }
}
