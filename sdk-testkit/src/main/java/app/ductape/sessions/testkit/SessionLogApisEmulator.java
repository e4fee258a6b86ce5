package app.ductape.sessions.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * A local server speaking the three session-log APIs the connectors read, with their documented
 * shapes and paging, on one loopback port: SAYMON's users' sessions log
 * ({@code /node/api/users/session/log}), ExaVault's activity API ({@code /api/v2/activity/session} and
 * {@code /webhooks}) and the Calwe session log ({@code /v1/customer|coach/sessions/{id}/log}, GET and
 * POST). Data is generated from a seed, so runs repeat; credentials are checked; errors come in each
 * API's own shape. For the connectors' examples and your integration tests.
 *
 * <pre>{@code
 * try (SessionLogApisEmulator apis = SessionLogApisEmulator.builder().build()) {
 *     SaymonClient saymon = SaymonClient.builder().baseUrl(apis.baseUrl())
 *         .login(SessionLogApisEmulator.SAYMON_LOGIN).password(SessionLogApisEmulator.SAYMON_PASSWORD).build();
 * }
 * }</pre>
 *
 * <p>What it does: SAYMON filters {@code from}/{@code to} on {@code startTime}, newest first, with
 * {@code skip}/{@code limit}; a user without the permission ({@link #SAYMON_GUEST_LOGIN}) gets 403.
 * ExaVault filters every documented parameter ({@code path} with {@code *} wildcards), sorts by
 * {@code date} or {@code -date}, answers {@code totalResults: 0} as documented, and refuses a negative
 * offset or limit with its error shape. Calwe pages 30 entries by default with a full Laravel paginator
 * whose links point at this server; a POST validates {@code action_type}, refuses sessions that have
 * ended, and ends the session on {@code ENDED} or {@code CANCELLED} (recording the session period, as
 * Calwe does). Thread-safe.
 */
public final class SessionLogApisEmulator implements AutoCloseable {
    /** The login of the SAYMON user with {@code read-session-log}. */
    public static final String SAYMON_LOGIN = "monitor";
    /** The password of {@link #SAYMON_LOGIN}. */
    public static final String SAYMON_PASSWORD = "saymon-emulator-password";
    /** A SAYMON user without the {@code read-session-log} permission. */
    public static final String SAYMON_GUEST_LOGIN = "guest";
    /** The password of {@link #SAYMON_GUEST_LOGIN}. */
    public static final String SAYMON_GUEST_PASSWORD = "guest-emulator-password";
    /** The ExaVault {@code ev-api-key} the emulator accepts. */
    public static final String EXAVAULT_API_KEY = "emulatoraccount-zwSuWUZ8S38h33qPS8v0s";
    /** The ExaVault {@code ev-access-token} the emulator accepts. */
    public static final String EXAVAULT_ACCESS_TOKEN = "exavault-emulator-access-token";
    /** The Calwe bearer token the emulator accepts. */
    public static final String CALWE_TOKEN = "calwe-emulator-token";
    /** A Calwe session whose log has several pages at the default page size. */
    public static final String CALWE_LONG_SESSION = "1001";
    /** A Calwe session that has ended: it takes no more entries. */
    public static final String CALWE_ENDED_SESSION = "1002";
    /** A Calwe session in progress, with a short log. */
    public static final String CALWE_OPEN_SESSION = "1003";

    private final LoopbackServer server;
    private final EmulatorFaults faults = new EmulatorFaults();
    private final SaymonApi saymon;
    private final Clock clock;

    private SessionLogApisEmulator(Builder builder) {
        Random random = new Random(builder.seed);
        Instant now = builder.clock.instant().truncatedTo(ChronoUnit.MILLIS);
        this.clock = builder.clock;
        this.saymon = new SaymonApi(random, builder.records, now);
        ExaVaultApi exavault = new ExaVaultApi(random, builder.records, now);
        CalweApi calwe = new CalweApi(builder.clock, this::baseUrl);
        this.server = new LoopbackServer("session-log-apis-emulator", builder.port, 4,
            new Router(saymon, exavault, calwe), faults);
    }

    /**
     * A builder: a free port, 250 records from the default seed, the system clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The root every API is served under, such as {@code http://127.0.0.1:52345}.
     *
     * @return the root every API is served under, such as {@code http://127.0.0.1:52345}
     */
    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * ExaVault's API root on this server ({@code baseUrl() + "/api/v2"}).
     *
     * @return exaVault's API root on this server ({@code baseUrl() + "/api/v2"})
     */
    public String exavaultBaseUrl() {
        return server.baseUrl() + "/api/v2";
    }

    /**
     * Fault injection for the next requests, as on {@link DuctapeEmulator#faults()}.
     *
     * @return fault injection for the next requests, as on {@link DuctapeEmulator#faults()}
     */
    public EmulatorFaults faults() {
        return faults;
    }

    /**
     * Ends an active SAYMON session now, as a logout would: its {@code endTime} becomes the clock's
     * instant. The newest three sessions of the data set are active.
     *
     * @param sessionId the session's {@code id}
     * @throws IllegalArgumentException when there is no such session, or it has already ended
     */
    public void endSaymonSession(String sessionId) {
        saymon.end(sessionId, clock.instant());
    }

    /** Stops listening at once and releases its threads. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "SessionLogApisEmulator[" + server.baseUrl() + "]";
    }

    /** Hands each request to the API whose path it is; anything else is a 404. */
    private record Router(SaymonApi saymon, ExaVaultApi exavault, CalweApi calwe) implements EmulatorHandler {
        @Override
        public EmulatorResponse handle(EmulatorRequest request) {
            try {
                if (saymon.serves(request)) {
                    return saymon.handle(request);
                }
                if (exavault.serves(request)) {
                    return exavault.handle(request);
                }
                if (calwe.serves(request)) {
                    return calwe.handle(request);
                }
                return error(404, "No route for " + request.method() + " " + request.path());
            } catch (JsonAnswers.Refused e) {
                return e.response;
            }
        }

        @Override
        public EmulatorResponse error(int status, String message) {
            return JsonAnswers.write(status, JsonAnswers.JSON.createObjectNode().put("message", message));
        }
    }

    /** Builds a {@link SessionLogApisEmulator}. */
    public static final class Builder {
        private int port;
        private long seed = 20261125L;
        private int records = 250;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The port to listen on (default 0: a free one).
         *
         * @param port the port to listen on (default 0: a free one)
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("`port` must be between 0 and 65535, but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The seed of the generated data (the same seed gives the same data).
         *
         * @param seed the seed of the generated data (the same seed gives the same data)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How many SAYMON sessions and ExaVault operations to generate (a quarter as many webhook logs).
         *
         * @param records how many SAYMON sessions and ExaVault operations to generate (a quarter as many webhook logs)
         * @return this builder
         */
        public Builder records(int records) {
            if (records < 0 || records > 1_000_000) {
                throw new IllegalArgumentException("`records` must be between 0 and 1,000,000, but was " + records);
            }
            this.records = records;
            return this;
        }

        /**
         * The clock "now" is read from when data is generated and entries are added.
         *
         * @param clock the clock "now" is read from when data is generated and entries are added
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = java.util.Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Generates the data, binds and starts serving.
         *
         * @return generates the data, binds and starts serving
         */
        public SessionLogApisEmulator build() {
            return new SessionLogApisEmulator(this);
        }
    }
}
