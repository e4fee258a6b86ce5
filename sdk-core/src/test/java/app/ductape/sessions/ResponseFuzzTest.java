package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUserLogsOptions;
import app.ductape.sessions.options.FetchSessionUsersDashboardOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property test over random and mutated responses (status, headers, body) for every call: the only
 * outcomes allowed are a result or a {@link SessionError} carrying that call's code, with no secret in
 * its message, and no hang (each attempt has a 2 s timeout). Seeded, so a failure names its case.
 * {@code -Dfuzz.cases=N} sets the cases per call (default 1,000; {@code -Pfuzz} runs 100,000).
 */
class ResponseFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 1000);
    private static final long SEED = Long.getLong("fuzz.seed", 20241124L);
    private static final String TOKEN = "user-session:eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzIn0.c2lnbmF0dXJl";
    private static final String REFRESH = "rt_fuzz_refresh_token_0123";

    private MockWebServer server;

    /** A call, the codes its failures may carry, and a valid response body to mutate. */
    private record Case(String name, Function<SessionsService, Object> call, Set<ErrorCode> codes,
                        String validBody) {}

    /** A proxy answer around {@code result}, as the valid body to mutate. */
    private static String proxied(String result) {
        return "{\"status\":true,\"data\":{\"data\":" + result + ",\"execution_time_ms\":2,\"request_id\":\"r\"}}";
    }

    /** The {@code data} of a REST fixture, for the proxy's answer of the same shape. */
    private static String dataOf(String fixture) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Wire.fixture(fixture)).get("data").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The codes of a call that names a session tag: its own, and the unknown tag's. */
    private static Set<ErrorCode> namingATag(SessionErrorCode failure) {
        return Set.of(failure, SessionErrorCode.SESSION_NOT_FOUND);
    }

    private static List<Case> cases() {
        String tokens = proxied("{\"token\":\"" + TOKEN + "\",\"refreshToken\":\"" + REFRESH
            + "\",\"sessionId\":\"s\",\"expiresAt\":1706659200000}");
        String configJson = "{\"name\":\"n\",\"tag\":\"t\",\"selector\":\"$Session{userId}\","
            + "\"expiry\":1,\"period\":\"hours\",\"schema\":{\"userId\":\"u\"}}";
        String config = proxied(configJson);
        SessionConfig newConfig = SessionConfig.builder().name("n").tag("t").selector("$Session{userId}").expiry(1)
            .period(ExpiryPeriod.HOURS).schema(Map.of("userId", "u")).build();
        return List.of(
            new Case("fetchUsers", s -> s.fetchUsers(FetchSessionUsersOptions.builder().session("s").build()),
                namingATag(SessionErrorCode.FETCH_USERS_FAILED), Wire.fixture("users-page.json")),
            new Case("fetchUserDetails", s -> s.fetchUserDetails(FetchSessionUserDetailsOptions.builder().session("s")
                .identifier("u").build()), Set.<ErrorCode>of(SessionErrorCode.FETCH_USER_DETAILS_FAILED,
                SessionErrorCode.USER_NOT_FOUND), Wire.fixture("user-details.json")),
            new Case("fetchActivityLogs", s -> s.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                .session("s").build()), namingATag(SessionErrorCode.FETCH_ACTIVITY_LOGS_FAILED),
                Wire.fixture("workspace-logs.json")),
            new Case("fetchUserLogs", s -> s.fetchUserLogs(FetchSessionUserLogsOptions.builder().session("s")
                .identifier("u").build()), namingATag(SessionErrorCode.FETCH_USER_LOGS_FAILED),
                Wire.fixture("user-logs.json")),
            new Case("fetchDashboard", s -> s.fetchDashboard(FetchSessionDashboardOptions.builder().session("s")
                .build()), namingATag(SessionErrorCode.FETCH_DASHBOARD_FAILED), Wire.fixture("dashboard.json")),
            new Case("fetchUsersDashboard", s -> s.fetchUsersDashboard(FetchSessionUsersDashboardOptions.builder()
                .session("s").build()), namingATag(SessionErrorCode.FETCH_USERS_DASHBOARD_FAILED),
                Wire.fixture("users-dashboard.json")),
            new Case("fetchUserDashboard", s -> s.fetchUserDashboard(FetchSessionUserDashboardOptions.builder()
                .session("s").identifier("u").build()), namingATag(SessionErrorCode.FETCH_USER_DASHBOARD_FAILED),
                Wire.fixture("user-dashboard.json")),
            new Case("user", s -> new ProductSessions(s).user("du_1"), Set.<ErrorCode>of(
                SessionErrorCode.FETCH_USER_DETAILS_FAILED, SessionErrorCode.USER_NOT_FOUND),
                proxied(dataOf("user-details.json"))),
            new Case("start", s -> s.start(StartSessionOptions.builder().tag("t").data(Map.of("userId", "u")).build()),
                namingATag(SessionErrorCode.CREATE_FAILED), tokens),
            new Case("verify", s -> s.verify(VerifySessionOptions.builder().tag("t").token(TOKEN).build()),
                namingATag(SessionErrorCode.VERIFY_FAILED), proxied("{\"valid\":true,"
                + "\"data\":{\"userId\":\"u\"},\"sessionId\":\"s\",\"expiresAt\":\"2024-01-01T00:00:00Z\"}")),
            new Case("refresh", s -> s.refresh(RefreshSessionOptions.builder().tag("t").refreshToken(REFRESH)
                .build()), namingATag(SessionErrorCode.REFRESH_FAILED), tokens),
            new Case("revoke", s -> s.revoke(RevokeSessionOptions.builder().tag("t").sessionId("s").build()),
                namingATag(SessionErrorCode.SESSION_REVOKE_FAILED), proxied("{\"revoked\":1}")),
            new Case("revokeAll", s -> s.revokeAll(RevokeAllSessionsOptions.builder().tag("t").identifier("u")
                .build()), namingATag(SessionErrorCode.SESSION_REVOKE_FAILED), proxied("2")),
            new Case("listActive", s -> s.listActive(ListActiveSessionsOptions.builder().tag("t").build()),
                namingATag(SessionErrorCode.LIST_ACTIVE_SESSIONS_FAILED), proxied("{\"sessions\":"
                + "[{\"sessionId\":\"s\",\"identifier\":\"u\",\"startAt\":1,\"endAt\":\"2024-01-01T00:00:00Z\","
                + "\"active\":true}],\"total\":1,\"page\":1,\"limit\":20,\"totalPages\":1}")),
            new Case("create", s -> s.create("p", newConfig), Set.<ErrorCode>of(SessionErrorCode.CREATE_CONFIG_FAILED), config),
            new Case("list", s -> s.list("p"), Set.<ErrorCode>of(SessionErrorCode.LIST_CONFIGS_FAILED),
                proxied("[" + configJson + "]")),
            new Case("fetch", s -> s.fetch("p", "t"), Set.<ErrorCode>of(SessionErrorCode.FETCH_CONFIG_FAILED,
                SessionErrorCode.SESSION_NOT_FOUND), config),
            new Case("update", s -> s.update("p", "t", SessionConfigUpdate.builder().expiry(2).build()),
                Set.<ErrorCode>of(SessionErrorCode.UPDATE_CONFIG_FAILED, SessionErrorCode.SESSION_NOT_FOUND), config),
            new Case("delete", s -> {
                s.delete("p", "t");
                return "deleted";
            }, Set.<ErrorCode>of(SessionErrorCode.DELETE_CONFIG_FAILED, SessionErrorCode.SESSION_NOT_FOUND), "{\"status\":true}"));
    }

    @TestFactory
    Stream<DynamicTest> everyCallYieldsAResultOrItsSessionError() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " x " + CASES, () -> fuzz(c)));
    }

    private void fuzz(Case c) throws java.io.IOException {
        try (MockWebServer fuzzServer = new MockWebServer()) {
            fuzzServer.setServerSocketFactory(NoDelayServerSockets.INSTANCE);
            fuzzServer.start();
            server = fuzzServer;
            fuzzAgainst(c);
        }
    }

    private void fuzzAgainst(Case c) {
        Random random = new Random(SEED ^ c.name().hashCode());
        ResponseGenerator generator = new ResponseGenerator(random, c.validBody());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                synchronized (generator) {
                    return generator.next();
                }
            }
        });
        RecordingSleeper sleeper = new RecordingSleeper();
        int results = 0;
        int errors = 0;
        try (SessionsService sessions = Wire.workspaceClient(server).product("p").env("prd").maxRetries(1)
            .sleeper(sleeper).callTimeout(Duration.ofSeconds(2)).build()) {
            for (int i = 0; i < CASES; i++) {
                try {
                    Object result = c.call().apply(sessions);
                    assertThat(result).as("case %d of %s", i, c.name()).isNotNull();
                    results++;
                } catch (SessionError e) {
                    assertThat(c.codes()).as("code of case %d of %s: %s", i, c.name(), e.getMessage())
                        .contains(e.code());
                    SuiteHygiene.assertNoSecret(e.getMessage());
                    errors++;
                } catch (RuntimeException | Error e) {
                    fail("case " + i + " of " + c.name() + " (seed " + SEED + ") threw " + e, e);
                }
            }
        }
        assertThat(results + errors).isEqualTo(CASES);
        assertThat(results).as("some cases succeed").isPositive();
        assertThat(errors).as("some cases fail").isPositive();
        FuzzTotals.add(CASES, generator.produced);
    }

    /** Random statuses, headers and bodies: mostly the valid body mutated, sometimes anything at all. */
    static final class ResponseGenerator {
        private static final int[] STATUSES = {200, 200, 200, 200, 201, 301, 302, 400, 401, 403, 404, 408, 409,
            422, 429, 500, 502, 503, 504};
        private final Random random;
        private final String valid;
        long produced;

        ResponseGenerator(Random random, String valid) {
            this.random = random;
            this.valid = valid;
        }

        MockResponse next() {
            produced++;
            MockResponse.Builder response = new MockResponse.Builder().code(STATUSES[random.nextInt(STATUSES.length)]);
            if (random.nextInt(4) == 0) {
                response.addHeader("X-Request-Id", randomText(8));
            }
            if (random.nextInt(6) == 0) {
                response.addHeader("Retry-After", pick("0", "1", "30", "61", "-5", "soon", "1e9",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3))));
            }
            if (random.nextInt(8) == 0) {
                response.addHeader("retry-after-ms", pick("0", "250", "NaN", "999999999"));
            }
            if (random.nextInt(8) == 0) {
                response.addHeader("x-should-retry", pick("true", "false", "maybe"));
            }
            if (random.nextInt(5) == 0) {
                response.addHeader("Content-Type", pick("application/json", "text/html", "application/octet-stream"));
            }
            Buffer body = new Buffer();
            body.write(body());
            return response.body(body).build();
        }

        private byte[] body() {
            switch (random.nextInt(10)) {
                case 0:
                    return new byte[0];
                case 1:
                    byte[] noise = new byte[random.nextInt(200)];
                    random.nextBytes(noise);
                    return noise;
                case 2:
                    return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
                case 3:
                    return ("{\"status\":" + pick("false", "\"true\"", "1", "null") + ",\"message\":\"m " + TOKEN
                        + "\",\"code\":" + pick("\"X\"", "7", "[]", "null") + "}").getBytes(StandardCharsets.UTF_8);
                case 4:
                    return ("{\"status\":true,\"data\":" + randomJson(3) + "}").getBytes(StandardCharsets.UTF_8);
                case 5:
                    return "[".repeat(random.nextInt(3000)).getBytes(StandardCharsets.UTF_8);
                default:
                    return mutate(valid.getBytes(StandardCharsets.UTF_8));
            }
        }

        private byte[] mutate(byte[] bytes) {
            byte[] copy = bytes.clone();
            int edits = random.nextInt(4);
            for (int i = 0; i < edits && copy.length > 0; i++) {
                int at = random.nextInt(copy.length);
                copy[at] = (byte) (char) pick('"', '{', '}', ':', ',', '0', '-', 'x', ' ', '[', (char) random.nextInt(256));
            }
            return copy;
        }

        private String randomJson(int depth) {
            switch (depth <= 0 ? random.nextInt(5) : random.nextInt(7)) {
                case 0:
                    return "null";
                case 1:
                    return String.valueOf(random.nextBoolean());
                case 2:
                    return pick("0", "-1", "1e400", "12345678901234567890123", "3.5", "9007199254740993");
                case 3:
                    return "\"" + pick("", "2024-01-01T00:00:00Z", "1706659200000", "success", "nope", TOKEN) + "\"";
                case 4:
                    return "\"" + randomText(random.nextInt(12)) + "\"";
                case 5: {
                    StringBuilder array = new StringBuilder("[");
                    for (int i = random.nextInt(4); i > 0; i--) {
                        array.append(randomJson(depth - 1)).append(i > 1 ? "," : "");
                    }
                    return array.append(']').toString();
                }
                default: {
                    StringBuilder object = new StringBuilder("{");
                    String[] names = {"users", "logs", "sessions", "total", "page", "limit", "totalPages", "_id",
                        "first_seen", "start", "status", "data", "token", "valid", "expiresAt", "revoked", "schema",
                        "expiry", "period", "sessionsOverTime", "inactiveUsers", "averageSessionsPerUser"};
                    for (int i = random.nextInt(5); i > 0; i--) {
                        object.append('"').append(names[random.nextInt(names.length)]).append("\":")
                            .append(randomJson(depth - 1)).append(i > 1 ? "," : "");
                    }
                    return object.append('}').toString();
                }
            }
        }

        private String randomText(int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            return text.toString();
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }

    /** Totals across the run, for docs/reliability.md. */
    static final class FuzzTotals {
        static long cases;
        static long responses;

        static synchronized void add(long moreCases, long moreResponses) {
            cases += moreCases;
            responses += moreResponses;
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "fuzz.txt"), "fuzz cases: " + cases
                    + "\nfuzzed responses served: " + responses + "\nseed: " + SEED + "\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
