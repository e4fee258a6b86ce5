package app.ductape.sessions.connectors.exavault;

import static app.ductape.sessions.connectors.Wire.json;
import static app.ductape.sessions.connectors.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ExaVault's activity API v2: exact requests, both listings, total-of-0 paging, webhook shapes, errors. */
class ExaVaultClientTest {
    private static final String API_KEY = "exampleaccount-zwSuWUZ8S38h33qPS8v0s";
    private static final String ACCESS_TOKEN = "19853ef63a0bc348024a9e4cfd4a92520d2dfd04e88d8679fb1ed6bc551593d1";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ExaVaultClient exavault;

    @BeforeEach
    void setUp() {
        exavault = ExaVaultClient.builder().baseUrl(server.url("/api/v2").toString()).apiKey(API_KEY)
            .accessToken(ACCESS_TOKEN).transport(t -> t.maxRetries(0)).build();
    }

    @AfterEach
    void tearDown() {
        exavault.close();
    }

    private static String activity(int id, String created, String operation) {
        return "{\"id\":" + id + ",\"type\":\"sessionActivity\",\"attributes\":{\"bytesTransferred\":2048,"
            + "\"created\":\"" + created + "\",\"duration\":3,\"fileName\":\"/Production/report" + id + ".pdf\","
            + "\"fileSource\":\"web\",\"ipAddress\":\"203.0.113.7\",\"operation\":\"" + operation + "\","
            + "\"protocol\":\"https\",\"sessionId\":\"sess-" + id + "\",\"status\":\"success\","
            + "\"username\":\"Jaren.Schmidt52\"}}";
    }

    private static String listing(int returned, String... items) {
        return "{\"responseStatus\":200,\"totalResults\":0,\"returnedResults\":" + returned + ",\"data\":["
            + String.join(",", items) + "]}";
    }

    @Test
    void sendsEveryFilterUnderItsNameWithIsoOffsetDatesAndTheKeyHeaders() throws Exception {
        server.enqueue(json(200, listing(0)));

        exavault.fetchSessionActivity(ExaVaultSessionActivityOptions.builder()
            .startDate(OffsetDateTime.parse("2020-05-23T06:06:25.221Z"))
            .endDate(OffsetDateTime.parse("2022-08-19T14:12:14.246+02:00"))
            .ipAddress("203.0.113.7").username("Jaren.Schmidt52").path("/Production/*").type(ExaVaultOperation.STOR)
            .offset(200).limit(100).sort("-date").build());

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/activity/session");
        assertThat(request.getUrl().queryParameterNames()).containsExactly("startDate", "endDate", "username", "offset",
            "limit", "sort", "ipAddress", "path", "type");
        assertThat(request.getUrl().queryParameter("startDate")).isEqualTo("2020-05-23T06:06:25.221Z");
        assertThat(request.getUrl().queryParameter("endDate")).isEqualTo("2022-08-19T14:12:14.246+02:00");
        assertThat(request.getUrl().queryParameter("path")).isEqualTo("/Production/*");
        assertThat(request.getUrl().queryParameter("type")).isEqualTo("STOR");
        assertThat(request.getUrl().queryParameter("offset")).isEqualTo("200");
        assertThat(request.getUrl().queryParameter("sort")).isEqualTo("-date");
        assertThat(request.getHeaders().get("ev-api-key")).isEqualTo(API_KEY);
        assertThat(request.getHeaders().get("ev-access-token")).isEqualTo(ACCESS_TOKEN);
    }

    @Test
    void mapsSessionActivityWithCreatedInZuluOrWithAnOffset() {
        server.enqueue(json(200, listing(2, activity(1, "2022-08-19T14:12:14Z", "STOR"),
            activity(2, "2022-08-19T16:12:14.500+02:00", "EDIT_DFA"))));

        ExaVaultPage<ExaVaultSessionActivity> page = exavault.fetchSessionActivity(
            ExaVaultSessionActivityOptions.builder().build());

        assertThat(page.responseStatus()).isEqualTo(200);
        assertThat(page.totalResults()).isZero();
        assertThat(page.returnedResults()).isEqualTo(2);
        ExaVaultSessionActivity first = page.data().get(0);
        assertThat(first).isEqualTo(new ExaVaultSessionActivity("1", 2048, Instant.parse("2022-08-19T14:12:14Z"), 3L,
            "/Production/report1.pdf", "web", "203.0.113.7", "STOR", "https", "sess-1", "success", "Jaren.Schmidt52"));
        assertThat(first.operation()).isEqualTo(ExaVaultOperation.STOR);
        assertThat(first.operation().fileManagerValue()).isEqualTo("Upload");
        assertThat(page.data().get(1).created()).isEqualTo(Instant.parse("2022-08-19T14:12:14.500Z"));
        assertThat(page.data().get(1).operation().fileManagerValue()).isNull();
        assertThat(page.data().get(1).operation().meaning()).isEqualTo("Update direct link options");
    }

    @Test
    void anUnknownOperationCodeIsKeptNotAnError() {
        server.enqueue(json(200, listing(1, activity(1, "2022-08-19T14:12:14Z", "TELEPORT"))));

        ExaVaultSessionActivity activity = exavault.fetchSessionActivity(
            ExaVaultSessionActivityOptions.builder().build()).data().get(0);

        assertThat(activity.operation()).isEqualTo(ExaVaultOperation.UNKNOWN);
        assertThat(activity.operationValue()).isEqualTo("TELEPORT");
    }

    @Test
    void pagesByOffsetAndStopsOnAShortPageNeverByTheTotalOfZero() throws Exception {
        server.enqueue(json(200, listing(2, activity(1, "2022-08-19T14:12:14Z", "PASS"),
            activity(2, "2022-08-19T14:12:15Z", "RETR"))));
        server.enqueue(json(200, listing(1, activity(3, "2022-08-19T14:12:16Z", "EXIT"))));

        List<ExaVaultSessionActivity> all = exavault.sessionActivity(ExaVaultSessionActivityOptions.builder().limit(2)
            .username("Jaren.Schmidt52").build()).stream().toList();

        assertThat(all).extracting(ExaVaultSessionActivity::id).containsExactly("1", "2", "3");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(take(server).getUrl().encodedQuery()).isEqualTo("username=Jaren.Schmidt52&offset=0&limit=2");
        assertThat(take(server).getUrl().encodedQuery()).isEqualTo("username=Jaren.Schmidt52&offset=2&limit=2");
    }

    @Test
    void aFullPageIsFollowedByAnotherEvenWhenTheTotalSaysZero() {
        server.enqueue(json(200, listing(1, activity(1, "2022-08-19T14:12:14Z", "PASS"))));
        server.enqueue(json(200, listing(0)));

        assertThat(exavault.sessionActivity(ExaVaultSessionActivityOptions.builder().limit(1).build())).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    /** The example response of {@code GET /activity/webhooks} in ExaVault's published v2 OpenAPI, as is. */
    private static final String PUBLISHED_WEBHOOK_EXAMPLE = "{\"data\":[{\"attributes\":{\"attempt\":1,"
        + "\"created\":\"2020-07-30T03:40:35-07:00\",\"endpointUrl\":\"https://example.com/api/webhook\","
        + "\"event\":\"Upload\",\"response\":\"\",\"responseSize\":0,\"status\":200},\"id\":2602725,"
        + "\"type\":\"webhookActivity\"}],\"responseStatus\":200,\"returnedResults\":1,\"totalResults\":1469}";

    /** A v2-format entry with every field of the OpenAPI's {@code WebhookActivityAttributesV2}. */
    private static final String V2_WEBHOOK = "{\"id\":2602726,\"type\":\"webhookActivity\",\"attributes\":{"
        + "\"accountId\":\"124437\",\"attemptId\":\"a1b2\",\"created\":\"2020-12-18T16:02:44-05:00\","
        + "\"details\":{\"accountName\":\"exampleaccount\",\"attemptId\":\"a1b2\",\"event\":\"resources.delete\","
        + "\"ipAddress\":\"203.0.113.7\",\"protocol\":\"https\",\"username\":\"exampleuser\"},"
        + "\"endpointUrl\":\"https://hooks.example.com/v2\",\"event\":\"resources.delete\","
        + "\"ipAddress\":\"203.0.113.7\",\"resend\":false,\"resourcePath\":\"/Production/b.txt\","
        + "\"response\":\"Internal Server Error\",\"status\":500,\"username\":\"exampleuser\","
        + "\"webhookFormat\":\"v2\",\"webhookId\":31,\"webhookPath\":\"/Production\"}}";

    @Test
    void webhookLogsSendEveryFilterUnderItsName() throws Exception {
        server.enqueue(json(200, PUBLISHED_WEBHOOK_EXAMPLE));

        exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder()
            .endpointUrl("https://hooks.example.com/ev").event(ExaVaultWebhookEvent.UPLOAD).statusCode(200)
            .resourcePath("/Production").username("exampleuser").limit(100).offset(0).sort("-date").build());

        RecordedRequest request = take(server);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/activity/webhooks");
        assertThat(request.getUrl().queryParameterNames()).containsExactly("username", "offset", "limit", "sort",
            "endpointUrl", "event", "statusCode", "resourcePath");
        assertThat(request.getUrl().queryParameter("event")).isEqualTo("resources.upload");
        assertThat(request.getUrl().queryParameter("statusCode")).isEqualTo("200");
    }

    @Test
    void theListenersStatusIsReadFromThePublishedExample() {
        server.enqueue(json(200, PUBLISHED_WEBHOOK_EXAMPLE));

        ExaVaultPage<ExaVaultWebhookLog> page = exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder().build());

        assertThat(page.data()).containsExactly(new ExaVaultWebhookLog("2602725", "Upload",
            "https://example.com/api/webhook", 200, null, null, Instant.parse("2020-07-30T10:40:35Z"),
            page.data().get(0).attributes()));
        assertThat(page.data().get(0).attributes().get("responseSize").asInt()).isZero();
        assertThat(page.totalResults()).isEqualTo(1469);
        assertThat(page.returnedResults()).isEqualTo(1);
    }

    @Test
    void aV2EntryKeepsItsStatusPathUserAndDetails() {
        server.enqueue(json(200, listing(1, V2_WEBHOOK)));

        ExaVaultWebhookLog log = exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder().build()).data().get(0);

        assertThat(log.statusCode()).isEqualTo(500);
        assertThat(log.event()).isEqualTo("resources.delete");
        assertThat(log.resourcePath()).isEqualTo("/Production/b.txt");
        assertThat(log.username()).isEqualTo("exampleuser");
        assertThat(log.created()).isEqualTo(Instant.parse("2020-12-18T21:02:44Z"));
        assertThat(log.attributes().get("webhookFormat").asText()).isEqualTo("v2");
        assertThat(log.attributes().at("/details/accountName").asText()).isEqualTo("exampleaccount");
    }

    @Test
    void olderSpellingsAndTheFlatShapeAreStillRead() {
        server.enqueue(json(200, listing(2, "{\"id\":\"12\",\"attributes\":{\"eventType\":\"resources.delete\","
            + "\"endpoint_url\":\"https://hooks.example.com/v2\",\"status_code\":502,\"resource_path\":\"/b.txt\","
            + "\"createdAt\":\"2020-12-18T16:02:44-05:00\"}}",
            "{\"id\":13,\"event\":\"shares.formSubmit\",\"url\":\"https://old.example.com\",\"responseCode\":404,"
                + "\"username\":\"legacy\",\"created\":\"2019-01-01T00:00:00Z\"}")));

        List<ExaVaultWebhookLog> logs = exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder().build()).data();

        assertThat(logs).extracting(ExaVaultWebhookLog::statusCode).containsExactly(502, 404);
        assertThat(logs).extracting(ExaVaultWebhookLog::endpointUrl)
            .containsExactly("https://hooks.example.com/v2", "https://old.example.com");
        assertThat(logs.get(1).id()).isEqualTo("13");
    }

    @Test
    void aStatusThatIsNotAnHttpStatusIsNotTakenForOne() {
        server.enqueue(json(200, listing(1, "{\"id\":\"1\",\"attributes\":{\"event\":\"resources.move\","
            + "\"status\":\"queued\"}}")));

        assertThat(exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder().build()).data().get(0).statusCode())
            .isNull();
    }

    @Test
    void sessionActivityReadsThePublishedExample() {
        server.enqueue(json(200, "{\"data\":[{\"attributes\":{\"bytesTransferred\":10815676,"
            + "\"created\":\"2019-10-18T06:48:40Z\",\"duration\":5,"
            + "\"fileName\":\"/test2/Cassandra2020The20Definitive20Guide.2030947496.pdf\",\"fileSource\":\"\","
            + "\"ipAddress\":\"185.223.113.224\",\"operation\":\"PASS\",\"protocol\":\"web\","
            + "\"sessionId\":\"5da9b4a8bd961dfa0a56fa0dc15aaffe57069271b389e\",\"status\":\"-\","
            + "\"username\":\"exavault\"},\"id\":12345,\"type\":\"sessionActivity\"}],\"responseStatus\":200,"
            + "\"returnedResults\":2,\"totalResults\":2}"));

        ExaVaultSessionActivity activity = exavault.fetchSessionActivity(ExaVaultSessionActivityOptions.builder().build())
            .data().get(0);

        assertThat(activity).isEqualTo(new ExaVaultSessionActivity("12345", 10815676, Instant.parse("2019-10-18T06:48:40Z"),
            5L, "/test2/Cassandra2020The20Definitive20Guide.2030947496.pdf", "", "185.223.113.224", "PASS", "web",
            "5da9b4a8bd961dfa0a56fa0dc15aaffe57069271b389e", "-", "exavault"));
        assertThat(activity.operation()).isEqualTo(ExaVaultOperation.PASS);
    }

    @Test
    void theKeptAttributesCannotBeChangedThroughTheRecord() {
        server.enqueue(json(200, listing(1, "{\"id\":\"1\",\"attributes\":{\"event\":\"resources.move\"}}")));
        ExaVaultWebhookLog log = exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder().build()).data().get(0);

        ((com.fasterxml.jackson.databind.node.ObjectNode) log.attributes()).put("event", "changed");

        assertThat(log.attributes().get("event").asText()).isEqualTo("resources.move");
    }

    @Test
    void errorsCarryTheirDetailAndCode() {
        server.enqueue(json(401, "{\"responseStatus\":401,\"errors\":[{\"code\":\"ERROR_INVALID_CREDENTIALS\","
            + "\"title\":\"Unauthorized\",\"detail\":\"Access token is invalid or expired\",\"meta\":{}}]}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> exavault.fetchSessionActivity(ExaVaultSessionActivityOptions.builder().build()));

        assertThat(error.code()).isEqualTo(ExaVaultErrorCode.FETCH_SESSION_ACTIVITY_FAILED);
        assertThat(error.httpStatus()).hasValue(401);
        assertThat(error.serverMessage()).hasValue("Access token is invalid or expired");
        assertThat(error.serverCode()).hasValue("ERROR_INVALID_CREDENTIALS");
    }

    @Test
    void errorsReportedWithA200AreStillFailures() {
        server.enqueue(json(200, "{\"responseStatus\":403,\"errors\":[{\"code\":\"ERROR_FORBIDDEN\","
            + "\"title\":\"Forbidden\"},{\"code\":\"X\",\"detail\":\"Activity logs are disabled\"}]}"));

        SessionError error = catchThrowableOfType(SessionError.class,
            () -> exavault.fetchWebhookLogs(ExaVaultWebhookLogOptions.builder().build()));

        assertThat(error.code()).isEqualTo(ExaVaultErrorCode.FETCH_WEBHOOK_LOGS_FAILED);
        assertThat(error.serverMessage()).hasValue("Forbidden; Activity logs are disabled");
        assertThat(error.serverCode()).hasValue("ERROR_FORBIDDEN");
        assertThat(error.getMessage()).contains("responseStatus 403");
    }

    @Test
    void aBodyWithoutDataIsAFailure() {
        server.enqueue(json(200, "{\"responseStatus\":200,\"totalResults\":0}"));

        assertThatThrownBy(() -> exavault.fetchSessionActivity(ExaVaultSessionActivityOptions.builder().build()))
            .isInstanceOf(SessionError.class).hasMessageContaining("no \"data\" array");
    }

    @Test
    void negativeOffsetsAndLimitsAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> ExaVaultSessionActivityOptions.builder().offset(-1).build())
            .hasMessageContaining("`offset` must be >= 0");
        assertThatThrownBy(() -> ExaVaultWebhookLogOptions.builder().limit(-5).build())
            .hasMessageContaining("`limit` must be >= 1");
        assertThatThrownBy(() -> ExaVaultSessionActivityOptions.builder().type(ExaVaultOperation.UNKNOWN).build())
            .hasMessageContaining("`type`");
        assertThatThrownBy(() -> ExaVaultWebhookLogOptions.builder().statusCode(42).build())
            .hasMessageContaining("`statusCode`");
        assertThatThrownBy(() -> ExaVaultSessionActivityOptions.builder().startDate(Instant.ofEpochSecond(10))
            .endDate(Instant.ofEpochSecond(5)).build()).hasMessageContaining("`startDate`");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theBuilderWantsAnAccountNameOrABaseUrlAndBothSecrets() {
        assertThatThrownBy(() -> ExaVaultClient.builder().account("evil.com/x").apiKey("k").accessToken("t").build())
            .hasMessageContaining("`account`");
        assertThatThrownBy(() -> ExaVaultClient.builder().account("exampleaccount").accessToken("t").build())
            .hasMessageContaining("`apiKey`");
        try (ExaVaultClient client = ExaVaultClient.builder().account("exampleaccount").apiKey(API_KEY)
            .accessToken(ACCESS_TOKEN).build()) {
            assertThat(client.toString()).contains("https://exampleaccount.exavault.com/api/v2")
                .doesNotContain(API_KEY).doesNotContain(ACCESS_TOKEN);
        }
    }

    @Test
    void everyOperationCodeOfTheReferenceIsKnown() {
        List<String> codes = List.of("PASS", "EXIT", "STOR", "RETR", "DELE", "MKD", "RNTO", "MOVE", "COPY", "COMPR",
            "EXTRACT", "SHARE", "SEND", "RECV", "EDIT_SEND", "EDIT_SHARE", "EDIT_RECV", "DELE_SEND", "DELE_RECV",
            "DELE_SHARE", "NOTIFY", "EDIT_NTFY", "DELE_NTFY", "USER", "EDIT_USER", "DELE_USER", "DFA", "EDIT_DFA",
            "DELE_DFA");

        assertThat(codes).allSatisfy(code -> assertThat(ExaVaultOperation.fromWire(code).wireValue()).isEqualTo(code));
        assertThat(ExaVaultOperation.values()).hasSize(codes.size() + 1);
    }
}
