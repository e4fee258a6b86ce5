package app.ductape.sessions.testkit;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionsService;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A local Ductape Sessions service with real semantics, on loopback: Ductape's REST reads of session
 * analytics and its SDK proxy (encrypted payloads, the sessions module's methods), real HS256 session
 * tokens, activity logs, users and dashboards, an injectable clock and fault injection. For examples,
 * demos and your own integration tests.
 *
 * <pre>{@code
 * try (DuctapeEmulator emulator = DuctapeEmulator.start()) {
 *     SessionsService sessions = emulator.newSessionsService();
 *     ...
 * }
 * }</pre>
 *
 * <p>Served by the JDK's {@code HttpServer} on a bounded thread pool; it keeps no log of the
 * requests it served (only a count of the proxied calls by method), so it can run long and under load. Thread-safe.
 */
public final class DuctapeEmulator implements AutoCloseable {
    private final LoopbackServer server;
    private final EmulatorCredentials credentials;
    private final EmulatorFaults faults;
    private final Clock clock;
    private final Set<String> environments;
    private final EmulatorSeed seed;
    /** When the seed was loaded: {@link #reset()} loads it again as of then, so that it is the same data. */
    private final Instant seededAt;
    /** Replaced whole by {@link #reset()}: a request sees the state before or after it, never a mix. */
    private volatile EmulatorApi api;
    /** The token of the control under {@code /_emulator/}, or null without one. */
    private final String controlToken;
    private final String baseUrl;
    private final String defaultProduct;
    private final String defaultEnv;
    /** Ductape's docs' environments ({@code prd}, {@code stg}, {@code dev}) and the demo's. */
    private static final Set<String> DEFAULT_ENVIRONMENTS = Set.of("prd", "stg", "dev", "production", "staging");

    private DuctapeEmulator(Builder builder) {
        this.credentials = builder.credentials;
        EmulatorClock controlled = builder.control ? new EmulatorClock(builder.clock) : null;
        this.clock = controlled != null ? controlled : builder.clock;
        this.faults = new EmulatorFaults();
        this.environments = builder.environments();
        this.seed = builder.seed;
        this.seededAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        this.api = api(clock, environments, seed, seededAt, credentials);
        RecentRequests recent = controlled != null ? new RecentRequests(credentials.workspaceId()) : null;
        this.controlToken = controlled != null ? EmulatorControl.newToken() : null;
        EmulatorControl control = controlled != null ? new EmulatorControl(controlToken, this, controlled, recent) : null;
        this.server = new LoopbackServer("ductape-emulator", builder.host, builder.port, builder.threads,
            new CurrentApi(), faults, recent, control);
        this.baseUrl = server.baseUrl();
        // only a seed says which product and env its data is in; an empty emulator's clients assume none
        this.defaultProduct = builder.seed != null ? builder.seed.product() : null;
        this.defaultEnv = builder.seed != null ? builder.seed.env() : null;
    }

    /**
     * Starts an empty emulator on a free loopback port with the default credentials and the system clock.
     *
     * @return starts an empty emulator on a free loopback port with the default credentials and the system clock
     */
    public static DuctapeEmulator start() {
        return builder().start();
    }

    /**
     * A builder: a free port, the system clock, the default credentials, no seed.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The base URL to give any client, such as {@code http://127.0.0.1:4311}.
     *
     * @return the base URL to give any client, such as {@code http://127.0.0.1:4311}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The port it listens on.
     *
     * @return the port it listens on
     */
    public int port() {
        return server.port();
    }

    /**
     * The credentials it accepts.
     *
     * @return the credentials it accepts
     */
    public EmulatorCredentials credentials() {
        return credentials;
    }

    /**
     * The clock it runs on.
     *
     * @return the clock it runs on
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Fault injection for the next requests.
     *
     * @return fault injection for the next requests
     */
    public EmulatorFaults faults() {
        return faults;
    }

    /**
     * The product the emulator's clients use when options name none: the seed's ({@code my-product} for
     * {@link EmulatorSeed#demo()}); none without a seed, so that every call names its own.
     *
     * @return the seed's product, or empty for an emulator without a seed
     */
    public Optional<String> defaultProduct() {
        return Optional.ofNullable(defaultProduct);
    }

    /**
     * The environment the emulator's clients use when options name none: the seed's ({@code production});
     * none without a seed, so that analytics read every environment and lifecycle calls name theirs.
     *
     * @return the seed's environment, or empty for an emulator without a seed
     */
    public Optional<String> defaultEnv() {
        return Optional.ofNullable(defaultEnv);
    }

    /**
     * A builder for a client of this emulator: its workspace credentials (the confirmed path of Ductape's
     * API), its base URL, and the {@linkplain #defaultProduct() default product} and {@linkplain #defaultEnv()
     * env} of its seed, to add your own settings; {@code .env(null)} reads analytics across every environment.
     *
     * @return a builder of a client of this emulator
     */
    public SessionsService.Builder sessionsServiceBuilder() {
        return SessionsService.builder().workspaceId(credentials.workspaceId()).publicKey(credentials.publicKey())
            .userId(credentials.userId()).token(credentials.token()).envType(EmulatorCredentials.ENV_TYPE)
            .baseUrl(baseUrl).product(defaultProduct).env(defaultEnv);
    }

    /**
     * A ready client of this emulator, defaulting to its seed's product and env; close it when done.
     *
     * @return a ready client of this emulator
     */
    public SessionsService newSessionsService() {
        return sessionsServiceBuilder().build();
    }

    /**
     * A ready {@link Ductape} client of this emulator, defaulting to its seed's product and env; close it when
     * done.
     *
     * @return a ready {@link Ductape} client of this emulator
     */
    public Ductape newDuctape() {
        return Ductape.of(newSessionsService());
    }

    /**
     * How many calls of a method of the {@code sessions} module the SDK proxy served since the start, for
     * example {@code proxyCalls("verify")}: counted once authenticated and decrypted, whatever they answered.
     *
     * @param method the module's method, as the proxy payload names it
     * @return the count
     */
    public long proxyCalls(String method) {
        return api.proxyCalls(method);
    }

    /**
     * The W3C {@code traceparent} header of the last request that carried one, so that a test can check the
     * trace its calls joined.
     *
     * @return the header as received, empty when no request carried one
     */
    public Optional<String> lastTraceparent() {
        return Optional.ofNullable(api.lastTraceparent());
    }

    /**
     * The token of the emulator's control over HTTP ({@code /_emulator/}, see {@link Builder#control()}), to
     * send as {@code Authorization: Bearer <token>}; a new one each start.
     *
     * @return the token, or empty when the emulator has no control
     */
    public Optional<String> controlToken() {
        return Optional.ofNullable(controlToken);
    }

    /**
     * Puts the emulator back as it started: its seed's data loaded again as of the same instant (every
     * session, configuration and activity since is gone, and so are their tokens), no fault pending, the
     * proxied calls' counts and the last {@code traceparent} forgotten. Its clock is the caller's to set back.
     * A request in flight is answered from the state before or after, never a mix of both.
     *
     * @return this emulator
     */
    public DuctapeEmulator reset() {
        faults.reset();
        api = api(clock, environments, seed, seededAt, credentials);
        return this;
    }

    /** Stops listening at once and releases its threads. */
    @Override
    public void close() {
        server.close();
    }

    /** A fresh API over a fresh state, the seed loaded as of {@code seededAt}. */
    private static EmulatorApi api(Clock clock, Set<String> environments, EmulatorSeed seed, Instant seededAt,
                                   EmulatorCredentials credentials) {
        Emulation emulation = Emulation.on(clock, environments);
        if (seed != null) {
            seed.applyTo(emulation, seededAt);
        }
        return new EmulatorApi(emulation, clock, credentials);
    }

    /** The server's handler: whichever API is current. */
    private final class CurrentApi implements EmulatorHandler {
        @Override
        public EmulatorResponse handle(EmulatorRequest request) {
            return api.handle(request);
        }

        @Override
        public EmulatorResponse error(int status, String message) {
            return api.error(status, message);
        }
    }

    @Override
    public String toString() {
        return "DuctapeEmulator[" + baseUrl + ", " + credentials + "]";
    }

    /** Builds a {@link DuctapeEmulator}. */
    public static final class Builder {
        private int port;
        private InetAddress host = InetAddress.getLoopbackAddress();
        private boolean control;
        private Clock clock = Clock.systemUTC();
        private EmulatorCredentials credentials = EmulatorCredentials.defaults();
        private EmulatorSeed seed;
        private Set<String> environments = DEFAULT_ENVIRONMENTS;
        private int threads = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);

        private Builder() {}

        /**
         * The loopback port; 0 (the default) picks a free one.
         *
         * @param port the loopback port; 0 (the default) picks a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("`port` must be 0-65535, but was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to listen on (default: loopback): {@code 0.0.0.0} for tests that reach the emulator from
         * another host or container, such as a CI service container. Its control, if any, still answers only
         * on loopback.
         *
         * @param host an address of this machine, such as {@code 127.0.0.1} or {@code 0.0.0.0}
         * @return this builder
         * @throws IllegalArgumentException when {@code host} is not an address literal of this machine
         */
        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("`host` must be an address such as 127.0.0.1 or 0.0.0.0, but was "
                    + (host == null ? "null" : "blank"));
            }
            try {
                InetAddress address = InetAddress.getByName(host);
                if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && NetworkInterface.getByInetAddress(address) == null) {
                    throw new IllegalArgumentException("`host` must be an address of this machine, but was " + host);
                }
                this.host = address;
            } catch (UnknownHostException | SocketException e) {
                throw new IllegalArgumentException("`host` must be an address of this machine, but was " + host, e);
            }
            return this;
        }

        /**
         * Turns on the control over HTTP, under {@code /_emulator/} on the emulator's port: fail or delay the
         * next requests, reset to the seed, advance the clock, list the recent requests (credentials masked).
         * It answers only a loopback peer sending {@link DuctapeEmulator#controlToken()}; the emulator's clock
         * becomes its builder's moved forward by what the control asks.
         *
         * @return this builder
         */
        public Builder control() {
            this.control = true;
            return this;
        }

        /**
         * The clock for expiry, activity and dashboards (default: system UTC); see {@link MutableClock}.
         *
         * @param clock the clock for expiry, activity and dashboards (default: system UTC); see {@link MutableClock}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("`clock` must not be null");
            }
            this.clock = clock;
            return this;
        }

        /**
         * The access key to accept (the workspace credentials stay the defaults).
         *
         * @param accessKey the access key
         * @return this builder
         */
        public Builder credentials(String accessKey) {
            this.credentials = EmulatorCredentials.withAccessKey(accessKey);
            return this;
        }

        /**
         * Every credential to accept.
         *
         * @param credentials every credential to accept
         * @return this builder
         */
        public Builder credentials(EmulatorCredentials credentials) {
            if (credentials == null) {
                throw new IllegalArgumentException("`credentials` must not be null");
            }
            this.credentials = credentials;
            return this;
        }

        /**
         * Data to load before serving, such as {@link EmulatorSeed#demo()}.
         *
         * @param seed data to load before serving, such as {@link EmulatorSeed#demo()}
         * @return this builder
         */
        public Builder seed(EmulatorSeed seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The environments every product has (default: {@code prd}, {@code stg} and {@code dev}, as Ductape's
         * docs name them, and {@code production} and {@code staging}); the seed's are always added. A call
         * naming another environment answers 404 {@code ENV_NOT_FOUND}, as Ductape does for an environment the
         * product does not have.
         *
         * @param slugs the environments' slugs, at least one
         * @return this builder
         * @throws IllegalArgumentException when none is given, or one is null or blank
         */
        public Builder environments(String... slugs) {
            if (slugs == null || slugs.length == 0) {
                throw new IllegalArgumentException("`environments` must name at least one environment");
            }
            Set<String> chosen = new LinkedHashSet<>();
            for (String slug : slugs) {
                if (slug == null || slug.isBlank()) {
                    throw new IllegalArgumentException("`environments` must not hold a null or blank slug, but was "
                        + Arrays.toString(slugs));
                }
                chosen.add(slug);
            }
            this.environments = Set.copyOf(chosen);
            return this;
        }

        /** The chosen environments and the seed's. */
        private Set<String> environments() {
            Set<String> all = new LinkedHashSet<>(environments);
            if (seed != null) {
                all.addAll(seed.environments());
            }
            return all;
        }

        /**
         * Request-handling threads (default: 4 per core, at least 8).
         *
         * @param threads request-handling threads (default: 4 per core, at least 8)
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("`threads` must be >= 1, but was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * The same emulator without a socket, as a MockWebServer dispatcher (needs {@code mockwebserver3}
         * on the classpath). Its state is its own.
         *
         * @return the same emulator without a socket, as a MockWebServer dispatcher (needs {@code mockwebserver3} on
         *         the classpath)
         */
        public EmulatorDispatcher dispatcher() {
            return new EmulatorDispatcher(api(clock, environments(), seed, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                credentials));
        }

        /**
         * Loads the seed, binds and starts serving.
         *
         * @return loads the seed, binds and starts serving
         * @throws UncheckedIOException when the port cannot be bound
         */
        public DuctapeEmulator start() {
            return new DuctapeEmulator(this);
        }
    }
}
