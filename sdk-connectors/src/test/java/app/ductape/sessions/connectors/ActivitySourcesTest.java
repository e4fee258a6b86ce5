package app.ductape.sessions.connectors;

import static app.ductape.sessions.connectors.Wire.json;
import static app.ductape.sessions.connectors.Wire.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.connectors.calwe.CalweActivitySource;
import app.ductape.sessions.connectors.calwe.CalweClient;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultClient;
import app.ductape.sessions.connectors.saymon.SaymonActivitySource;
import app.ductape.sessions.connectors.saymon.SaymonClient;
import app.ductape.sessions.connectors.saymon.SaymonSessionRecord;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The four adapters: how each source's fields land in an ActivityRecord, and what a query means for each. */
class ActivitySourcesTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void ductapeRecordsEveryActivityLogOfTheSessionConfigurationLazilyAndMapped() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().env(null).build()) {
            SessionActivityLogsPage first = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                .session("user-session").limit(1).build());
            ActivitySource source = new DuctapeActivitySource(sessions, null, "user-session");

            List<ActivityRecord> records = source.records(ActivityQuery.builder().pageSize(500).build()).toList();

            assertThat(source.name()).isEqualTo("ductape");
            assertThat(records).hasSize((int) first.total());
            assertThat(records).extracting(ActivityRecord::source).containsOnly("ductape");
            assertThat(records).extracting(ActivityRecord::action).containsAnyOf("create", "verify")
                .isSubsetOf("create", "verify", "refresh", "revoke");
            assertThat(records).extracting(ActivityRecord::outcome).contains(ActivityOutcome.SUCCESS)
                .doesNotContain(ActivityOutcome.UNKNOWN);
            ActivityRecord newest = records.get(0);
            assertThat(newest.occurredAt()).isEqualTo(first.logs().get(0).timestamp());
            assertThat(newest.attributes()).containsEntry("id", first.logs().get(0).id())
                .containsEntry("sessionTag", first.logs().get(0).sessionTag());
            assertThat(records.stream().filter(r -> r.actor() != null).count()).isPositive();
        }
    }

    @Test
    void aDuctapeRecordTookItsLogsEndMinusStart() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().env(null).build()) {
            SessionActivityLog log = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                .session("user-session").limit(1).build()).logs().get(0);

            ActivityRecord record = DuctapeActivitySource.toRecord(log);

            assertThat(record.duration()).contains(Duration.between(log.start(), log.end()));
        }
    }

    @Test
    void aSaymonSessionHasNoOperationDuration() {
        ActivityRecord record = SaymonActivitySource.toRecord(new SaymonSessionRecord("s1", "u1", "ada",
            Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-20T12:00:00Z"), null));

        assertThat(record.duration()).isEmpty();
    }

    @Test
    void ductapeAppliesTheActorFilterToTheRecordsAndTheRangeOnTheServer() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService sessions = emulator.sessionsServiceBuilder().env(null).build()) {
            DuctapeActivitySource source = new DuctapeActivitySource(sessions, null, "user-session");
            String actor = source.records(ActivityQuery.all()).map(ActivityRecord::actor)
                .filter(a -> a != null).findFirst().orElseThrow();
            List<ActivityRecord> all = source.records(ActivityQuery.builder().pageSize(1000).build()).toList();
            Instant middle = all.get(all.size() / 2).occurredAt();

            assertThat(source.records(ActivityQuery.builder().actor(actor).build()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.actor()).isEqualTo(actor));
            assertThat(source.records(ActivityQuery.builder().from(middle).pageSize(1000).build()))
                .isNotEmpty().hasSizeLessThan(all.size())
                .allSatisfy(r -> assertThat(r.occurredAt()).isAfterOrEqualTo(middle));
        }
    }

    @Test
    void ductapeRequiresTheSessionTag() {
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
             SessionsService sessions = emulator.newSessionsService()) {
            assertThatThrownBy(() -> new DuctapeActivitySource(sessions, "my-product", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session");
        }
    }

    @Test
    void saymonSessionsBecomeRecordsAndTheRangeGoesToTheApi() throws Exception {
        server.enqueue(json(200, "[{\"startTime\": 1651662280161, \"endTime\": null, \"expiredAt\": 1651671819978, "
            + "\"userId\": \"5f5f420005a91e683e101ca7\", \"login\": \"admin\", \"id\": \"62725dc8bad91064e16e5910\"},"
            + "{\"startTime\": 1651662000000, \"endTime\": 1651662100000, \"login\": \"ops\", \"id\": \"r2\"}]"));
        try (SaymonClient saymon = SaymonClient.builder().baseUrl(server.url("/").toString()).login("admin")
            .password("secret-pass").build()) {
            List<ActivityRecord> records = new SaymonActivitySource(saymon).records(ActivityQuery.builder()
                .from(Instant.ofEpochMilli(1651661000000L)).pageSize(50).build()).toList();

            assertThat(records).containsExactly(
                new ActivityRecord("saymon", "62725dc8bad91064e16e5910", "62725dc8bad91064e16e5910", "admin", "session", ActivityOutcome.IN_PROGRESS,
                    Instant.ofEpochMilli(1651662280161L), "Session active",
                    Map.of("userId", "5f5f420005a91e683e101ca7", "startTime", "2022-05-04T11:04:40.161Z",
                        "expiredAt", "2022-05-04T13:43:39.978Z")),
                new ActivityRecord("saymon", "r2", "r2", "ops", "session", ActivityOutcome.UNKNOWN,
                    Instant.ofEpochMilli(1651662000000L), "Session ended",
                    Map.of("startTime", "2022-05-04T11:00:00Z", "endTime", "2022-05-04T11:01:40Z")));
            assertThat(take(server).getUrl().encodedQuery()).isEqualTo("from=1651661000000&limit=50&skip=0");
        }
    }

    @Test
    void exaVaultOperationsBecomeRecordsWithTheActorSentAsUsername() throws Exception {
        server.enqueue(json(200, "{\"responseStatus\":200,\"totalResults\":0,\"returnedResults\":1,\"data\":[{\"id\":7,"
            + "\"type\":\"sessionActivity\",\"attributes\":{\"bytesTransferred\":10,\"created\":\"2022-08-19T14:12:14Z\","
            + "\"duration\":1,\"fileName\":\"/a.txt\",\"fileSource\":\"web\",\"ipAddress\":\"203.0.113.7\","
            + "\"operation\":\"STOR\",\"protocol\":\"https\",\"sessionId\":\"s-9\",\"status\":\"failed\","
            + "\"username\":\"exampleuser\"}}]}"));
        try (ExaVaultClient exavault = ExaVaultClient.builder().baseUrl(server.url("/api/v2").toString()).apiKey("key-1234")
            .accessToken("token-5678").build()) {
            List<ActivityRecord> records = new ExaVaultActivitySource(exavault).records(ActivityQuery.builder()
                .actor("exampleuser").to(Instant.parse("2022-08-20T00:00:00Z")).build()).toList();

            assertThat(records).hasSize(1);
            ActivityRecord record = records.get(0);
            assertThat(record.source()).isEqualTo("exavault");
            assertThat(record.sessionId()).isEqualTo("s-9");
            assertThat(record.actor()).isEqualTo("exampleuser");
            assertThat(record.action()).isEqualTo("STOR");
            assertThat(record.outcome()).isEqualTo(ActivityOutcome.FAILURE);
            assertThat(record.occurredAt()).isEqualTo(Instant.parse("2022-08-19T14:12:14Z"));
            assertThat(record.message()).isEqualTo("Upload /a.txt");
            assertThat(record.attributes()).containsEntry("ipAddress", "203.0.113.7").containsEntry("bytesTransferred", 10L)
                .containsEntry("operationMeaning", "Upload");
            RecordedRequest request = take(server);
            assertThat(request.getUrl().queryParameter("username")).isEqualTo("exampleuser");
            assertThat(request.getUrl().queryParameter("endDate")).isEqualTo("2022-08-20T00:00:00Z");
            assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
        }
    }

    @Test
    void anExaVaultRecordTookItsDurationInSeconds() throws Exception {
        server.enqueue(json(200, "{\"responseStatus\":200,\"totalResults\":0,\"returnedResults\":1,\"data\":[{\"id\":8,"
            + "\"type\":\"sessionActivity\",\"attributes\":{\"created\":\"2022-08-19T14:12:14Z\",\"duration\":42,"
            + "\"operation\":\"STOR\",\"sessionId\":\"s-9\",\"status\":\"success\",\"username\":\"u\"}}]}"));
        try (ExaVaultClient exavault = ExaVaultClient.builder().baseUrl(server.url("/api/v2").toString()).apiKey("key-1234")
            .accessToken("token-5678").build()) {
            ActivityRecord record = new ExaVaultActivitySource(exavault).records(ActivityQuery.all()).toList().get(0);

            assertThat(record.duration()).contains(Duration.ofSeconds(42));
        }
    }

    @Test
    void aNegativeDurationIsRefusedByName() {
        assertThatThrownBy(() -> new ActivityRecord("x", "r1", null, null, "a", ActivityOutcome.SUCCESS, null, null,
            Map.of(), Optional.of(Duration.ofSeconds(-1)))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("`duration`").hasMessageContaining("r1");
    }

    @Test
    void calweEntriesBecomeRecordsWithoutADateAndTheTimeOfDayKept() throws Exception {
        server.enqueue(json(200, "{\"success\":true,\"message\":\"ok\",\"statusCode\":200,\"data\":{\"current_page\":1,"
            + "\"data\":[{\"text\":\"Customer entered the session\",\"date\":\"2:30 PM\",\"action_type\":\"ENTERED\"}],"
            + "\"from\":1,\"to\":1,\"last_page\":1,\"per_page\":\"25\",\"total\":1,\"links\":[],\"next_page_url\":null}}"));
        try (CalweClient calwe = CalweClient.builder().baseUrl(server.url("/").toString()).token("tok-abcdef").build()) {
            List<ActivityRecord> records = new CalweActivitySource(calwe).records(ActivityQuery.builder().sessionId("42")
                .pageSize(25).build()).toList();

            assertThat(records).containsExactly(new ActivityRecord("calwe", "42#1", "42", null, "ENTERED", ActivityOutcome.UNKNOWN,
                null, "Customer entered the session", Map.of("timeOfDay", "14:30", "date", "2:30 PM",
                "actionDescription", "Customer entered the session", "role", "customer")));
            assertThat(records.get(0).occurredAtIfKnown()).isEmpty();
            assertThat(take(server).getUrl().encodedQuery()).isEqualTo("per_page=25");
        }
    }

    @Test
    void calweEntriesAreIdentifiedByTheirSessionAndPositionAcrossPagesEvenWhenIdentical() throws Exception {
        String entry = "{\"text\":\"Customer left the session\",\"date\":\"2:35 PM\",\"action_type\":\"LEFT\"}";
        server.enqueue(json(200, "{\"success\":true,\"message\":\"ok\",\"statusCode\":200,\"data\":{\"current_page\":1,"
            + "\"data\":[" + entry + "," + entry + "],\"last_page\":2,\"per_page\":2,\"total\":3,"
            + "\"next_page_url\":\"" + server.url("/v1/customer/sessions/42/log?page=2") + "\"}}"));
        server.enqueue(json(200, "{\"success\":true,\"message\":\"ok\",\"statusCode\":200,\"data\":{\"current_page\":2,"
            + "\"data\":[" + entry + "],\"last_page\":2,\"per_page\":2,\"total\":3,\"next_page_url\":null}}"));
        try (CalweClient calwe = CalweClient.builder().baseUrl(server.url("/").toString()).token("tok-abcdef").build()) {
            List<ActivityRecord> records = new CalweActivitySource(calwe).records(ActivityQuery.builder().sessionId("42")
                .pageSize(2).build()).toList();

            assertThat(records).extracting(ActivityRecord::id).containsExactly("42#1", "42#2", "42#3");
        }
    }

    @Test
    void aRecordWithoutAnIdIsRefusedNamingTheSource() {
        assertThatThrownBy(() -> new ActivityRecord("mine", " ", null, null, null, null, null, null, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`id`").hasMessageContaining("mine");
    }

    @Test
    void calweRefusesWhatItCannotAnswerBeforeAnyRequest() {
        try (CalweClient calwe = CalweClient.builder().baseUrl(server.url("/").toString()).token("tok-abcdef").build()) {
            CalweActivitySource source = new CalweActivitySource(calwe);

            assertThatThrownBy(() -> source.records(ActivityQuery.all())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`sessionId`");
            assertThatThrownBy(() -> source.records(ActivityQuery.builder().sessionId("42").from(Instant.EPOCH).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no date");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void nothingIsRequestedBeforeTheStreamIsConsumed() {
        try (SaymonClient saymon = SaymonClient.builder().baseUrl(server.url("/").toString()).login("admin")
            .password("secret-pass").build()) {
            new SaymonActivitySource(saymon).records(ActivityQuery.all());

            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void theQueryValidatesAndMatchesAsDocumented() {
        assertThatThrownBy(() -> ActivityQuery.builder().from(Instant.ofEpochSecond(2)).to(Instant.ofEpochSecond(1))
            .build()).hasMessageContaining("`from`");
        assertThatThrownBy(() -> ActivityQuery.builder().pageSize(0).build()).hasMessageContaining("`pageSize`");
        assertThatThrownBy(() -> ActivityQuery.builder().actor(" ").build()).hasMessageContaining("`actor`");
        ActivityRecord undated = new ActivityRecord("calwe", "1#1", "1", null, "LEFT", null, null, null, null);

        assertThat(undated.outcome()).isEqualTo(ActivityOutcome.UNKNOWN);
        assertThat(undated.attributes()).isEmpty();
        assertThat(ActivityQuery.all().matches(undated)).isTrue();
        assertThat(ActivityQuery.builder().from(Instant.EPOCH).build().matches(undated)).isFalse();
        assertThat(ActivityQuery.builder().sessionId("2").build().matches(undated)).isFalse();
    }

    @Test
    void everyAdapterNamesItsSource() {
        try (SaymonClient saymon = SaymonClient.builder().baseUrl(server.url("/").toString()).login("a")
                 .password("secret-pass").build();
             ExaVaultClient exavault = ExaVaultClient.builder().baseUrl(server.url("/").toString()).apiKey("k-123")
                 .accessToken("t-123").build();
             CalweClient calwe = CalweClient.builder().baseUrl(server.url("/").toString()).token("t-1234").build()) {
            Set<String> names = List.of(new SaymonActivitySource(saymon), new ExaVaultActivitySource(exavault),
                new CalweActivitySource(calwe)).stream().map(ActivitySource::name).collect(Collectors.toSet());

            assertThat(names).containsExactlyInAnyOrder("saymon", "exavault", "calwe");
        }
    }
}
