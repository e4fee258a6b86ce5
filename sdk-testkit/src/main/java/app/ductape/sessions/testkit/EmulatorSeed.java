package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.EmulatorState.When;
import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.StartAnswer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Data an emulator loads before serving, made by replaying realistic traffic (starts, verifies,
 * refreshes, revokes and some failures) through the emulator's own code paths over the days before
 * its clock's now. Deterministic: the same seed gives the same users, sessions and activity.
 */
public final class EmulatorSeed {
    /** Share of operations that start a session; the rest verify, refresh and revoke. */
    private static final double STARTS = 0.22;
    private static final double VERIFIES = 0.80;
    private static final double REFRESHES = 0.93;
    private static final String[] FIRST = {"ada", "grace", "alan", "linus", "margaret", "dennis", "barbara",
        "ken", "edsger", "frances", "john", "radia", "tim", "katherine", "guido", "anita", "james", "hedy"};
    private static final String[] LAST = {"lovelace", "hopper", "turing", "torvalds", "hamilton", "ritchie",
        "liskov", "thompson", "dijkstra", "allen", "mccarthy", "perlman", "berners-lee", "johnson", "rossum",
        "borg", "gosling", "lamarr"};
    private static final String[] PLANS = {"free", "pro", "team", "enterprise"};

    /** One session tag to fill. */
    private record Plan(String product, String tag, String name, long expiry, String period, long randomSeed,
                        int users, int operations, int days) {}

    /** The product and environment the demo and generated data live in, and clients of an emulator default to. */
    static final String DEFAULT_PRODUCT = "my-product";
    static final String DEFAULT_ENV = "production";
    /** The environment some of the replayed users are in. */
    private static final String OTHER_ENV = "staging";

    private final List<Plan> plans;
    /** A seed written by hand, or null for generated data. */
    private final SeedFile file;

    private EmulatorSeed(List<Plan> plans) {
        this.plans = List.copyOf(plans);
        this.file = null;
    }

    private EmulatorSeed(SeedFile file) {
        this.plans = List.of();
        this.file = file;
    }

    /**
     * A seed written by hand as JSON: products with their environments and session configurations, users (each
     * one's session data), their sessions (live, expired or revoked) and activity over time, all placed relative
     * to the instant the emulator loads it. The format is in sdk-testkit's README, with an example,
     * {@code sdk-testkit/seed-example.json}.
     *
     * @param file the JSON file
     * @return the seed, read and checked
     * @throws IllegalArgumentException when the file is not a valid seed: the message names its line, the field
     *                                  and why
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static EmulatorSeed fromFile(Path file) {
        return new EmulatorSeed(SeedFile.read(java.util.Objects.requireNonNull(file, "file")));
    }

    /**
     * The product most of this data is in ({@code my-product}): the default product of the emulator's clients.
     *
     * @return the product most of this data is in ({@code my-product}): the default product of the emulator's clients
     */
    public String product() {
        return file != null ? file.product() : plans.get(0).product();
    }

    /**
     * The environment most of this data is in ({@code production}): the default env of the emulator's clients.
     *
     * @return the environment most of this data is in ({@code production}): the default env of the emulator's clients
     */
    public String env() {
        return file != null ? file.env() : DEFAULT_ENV;
    }

    /** The environments its data is in, which the emulator loading it has. */
    Set<String> environments() {
        return file != null ? file.environments() : Set.of(DEFAULT_ENV, OTHER_ENV);
    }

    /**
     * The demo data set: products {@code my-product} (session tags {@code user-session}, 1 day, ~200
     * users, ~3,000 operations; and {@code checkout-session}, 30 minutes) and {@code analytics-app}
     * ({@code admin-session}, 8 hours), over 30 days, in {@code production} and {@code staging}, with
     * a few percent of failures. Identifiers are e-mail addresses ({@code $Session{email}}).
     *
     * @return the demo data set: products {@code my-product} (session tags {@code user-session}, 1 day, ~200 users,
     *         ~3,000 operations; and {@code checkout-session}, 30 minutes) and {@code analytics-app} ({@code admin-session}, 8
     *         hours), over 30 days, in {@code production} and {@code staging}, with a few percent of failures
     */
    public static EmulatorSeed demo() {
        return new EmulatorSeed(List.of(
            new Plan(DEFAULT_PRODUCT, "user-session", "User Session", 1, "days", 20240101L, 200, 3000, 30),
            new Plan(DEFAULT_PRODUCT, "checkout-session", "Checkout Session", 30, "minutes", 20240102L, 60, 800, 30),
            new Plan("analytics-app", "admin-session", "Admin Session", 8, "hours", 20240103L, 12, 300, 30)));
    }

    /**
     * The seed a name gives, as the standalone emulator's {@code --seed} and Spring tests'
     * {@code ductape.emulator.seed} take it: {@code demo} ({@link #demo()}), {@code none} (an empty emulator),
     * {@code SEED:USERS:OPERATIONS:DAYS} ({@link #generate}), or {@code file:PATH} ({@link #fromFile}).
     *
     * @param spec the name
     * @return the seed, or empty for {@code none}
     * @throws IllegalArgumentException when {@code spec} is none of these, naming it
     */
    public static Optional<EmulatorSeed> named(String spec) {
        if ("demo".equals(spec)) {
            return Optional.of(demo());
        }
        if ("none".equals(spec)) {
            return Optional.empty();
        }
        if (spec != null && spec.startsWith("file:")) {
            return Optional.of(fromFile(Path.of(spec.substring("file:".length()))));
        }
        String[] parts = spec == null ? new String[0] : spec.split(":");
        try {
            if (parts.length == 4) {
                return Optional.of(generate(Long.parseLong(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Integer.parseInt(parts[3])));
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("a seed must be demo, none, SEED:USERS:OPERATIONS:DAYS (numbers) or "
            + "file:PATH, but was '" + spec + "'");
    }

    /**
     * A data set of any size in {@code my-product}/{@code user-session} (1 day sessions): about
     * {@code operations} activity logs from {@code users} users over {@code days} days.
     *
     * @param days the days
     * @param operations the operations
     * @param randomSeed the random seed
     * @param users the users
     * @return a data set of any size in {@code my-product}/{@code user-session} (1 day sessions): about {@code
     *         operations} activity logs from {@code users} users over {@code days} days
     */
    public static EmulatorSeed generate(long randomSeed, int users, int operations, int days) {
        if (users < 1 || operations < 0 || days < 1) {
            throw new IllegalArgumentException("`users` and `days` must be >= 1 and `operations` >= 0, but were "
                + users + ", " + operations + ", " + days);
        }
        return new EmulatorSeed(List.of(
            new Plan(DEFAULT_PRODUCT, "user-session", "User Session", 1, "days", randomSeed, users, operations, days)));
    }

    /** Replays the plans into {@code emulation}, ending at {@code now}. */
    void applyTo(Emulation emulation, Instant now) {
        for (Plan plan : plans) {
            new Replay(plan, emulation, now).run();
        }
        if (file != null) {
            file.applyTo(emulation, now);
        }
    }

    @Override
    public String toString() {
        return "EmulatorSeed" + (file != null ? "[" + file + "]" : plans);
    }

    /** A session the replay may verify, refresh or revoke next. */
    private static final class Live {
        final String identifier;
        final String env;
        String token;
        String refreshToken;
        String usedRefreshToken;
        final String sessionId;
        Instant expiresAt;

        Live(String identifier, String env, StartAnswer answer) {
            this.identifier = identifier;
            this.env = env;
            this.token = answer.token();
            this.refreshToken = answer.refreshToken();
            this.sessionId = answer.sessionId();
            this.expiresAt = answer.expiresAt();
        }
    }

    private static final class Replay {
        private final Plan plan;
        private final ConfigStore configs;
        private final SessionLifecycle store;
        private final Instant now;
        private final Random random;
        /** The newest sessions, oldest first, in a ring of {@link #RECENT} slots. */
        private static final int RECENT = 2000;
        private final Live[] recent = new Live[RECENT];
        private int recentCount;
        private int oldest;

        Replay(Plan plan, Emulation emulation, Instant now) {
            this.plan = plan;
            this.configs = emulation.configs();
            this.store = emulation.lifecycle();
            this.now = now;
            this.random = new Random(plan.randomSeed());
        }

        void run() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("userId", "user_0001");
            schema.put("email", "ada.lovelace1@example.com");
            schema.put("details", Map.of("name", "Ada Lovelace", "plan", "pro"));
            Config config = ConfigStore.newConfig(plan.name(), plan.tag(), plan.name() + " (demo data)",
                "$Session{email}", plan.expiry(), plan.period(), schema);
            try {
                configs.create(plan.product(), config);
            } catch (ApiException exists) {
                // a second plan for the same tag adds traffic to the existing configuration
            }
            long span = Duration.ofDays(plan.days()).toMillis();
            long[] offsets = new long[plan.operations()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = (long) (random.nextDouble() * span);
            }
            Arrays.sort(offsets);
            Instant first = now.minusMillis(span);
            for (long offset : offsets) {
                operate(first.plusMillis(offset));
            }
        }

        /** Verifies and revokes go to live sessions (a stale one only now and then); with none, a user logs in. */
        private void operate(Instant at) {
            double kind = random.nextDouble();
            Live live = recentCount == 0 || kind < STARTS ? null : pick(at);
            boolean stale = live != null && !live.expiresAt.isAfter(at);
            if (live == null || (stale && kind < VERIFIES && random.nextDouble() > 0.02)) {
                start(at);
            } else if (kind < VERIFIES) {
                verify(live, at);
            } else if (kind < REFRESHES) {
                refresh(live, at);
            } else if (stale) {
                start(at);
            } else {
                revoke(live, at);
            }
        }

        private When when(Instant at, boolean failure) {
            return new When(at, failure ? 2 + random.nextInt(8) : 8 + random.nextInt(70));
        }

        private void start(Instant at) {
            int user = (int) (plan.users() * Math.pow(random.nextDouble(), 1.6));
            String first = FIRST[user % FIRST.length];
            String last = LAST[(user / FIRST.length) % LAST.length];
            String email = first + "." + last + (user + 1) + "@example.com";
            String env = user % 7 == 3 ? OTHER_ENV : DEFAULT_ENV;
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("userId", String.format("user_%04d", user + 1));
            boolean broken = random.nextDouble() < 0.015;
            if (!broken) {
                data.put("email", email);
            }
            data.put("details", Map.of("name", capitalize(first) + " " + capitalize(last),
                "plan", PLANS[user % PLANS.length]));
            try {
                StartAnswer answer = store.start(plan.product(), plan.tag(), env, data, null, null, when(at, broken));
                remember(new Live(email, env, answer));
            } catch (ApiException expected) {
                // a start without the selector's field: logged as a failed create
            }
        }

        private void verify(Live live, Instant at) {
            String token = random.nextDouble() < 0.01 ? live.token + "x" : live.token;
            store.verify(plan.product(), plan.tag(), live.env, token, when(at, false));
        }

        private void refresh(Live live, Instant at) {
            boolean reuse = live.usedRefreshToken != null && random.nextDouble() < 0.05;
            try {
                StartAnswer answer = store.refresh(plan.product(), plan.tag(), live.env,
                    reuse ? live.usedRefreshToken : live.refreshToken, when(at, reuse));
                live.usedRefreshToken = live.refreshToken;
                live.token = answer.token();
                live.refreshToken = answer.refreshToken();
                live.expiresAt = answer.expiresAt();
            } catch (ApiException expected) {
                // a reused or revoked refresh token: logged as a failed refresh
            }
        }

        private void revoke(Live live, Instant at) {
            boolean everyDevice = random.nextDouble() < 0.2;
            store.revoke(plan.product(), plan.tag(), live.env, everyDevice ? null : live.sessionId,
                everyDevice ? live.identifier : null, null, when(at, false));
            live.expiresAt = at;
            if (everyDevice) {
                for (int i = 0; i < recentCount; i++) {
                    Live other = recent[(oldest + i) % RECENT];
                    if (other.identifier.equals(live.identifier) && other.env.equals(live.env)) {
                        other.expiresAt = at;
                    }
                }
            }
        }

        /** A recent session, newest most likely; mostly a live one, as real clients seldom hold stale tokens. */
        private Live pick(Instant at) {
            Live live = null;
            for (int attempt = 0; attempt < 8; attempt++) {
                int fromNewest = (int) (recentCount * Math.pow(random.nextDouble(), 3));
                live = recent[(oldest + recentCount - 1 - fromNewest) % RECENT];
                if (live.expiresAt.isAfter(at)) {
                    break;
                }
            }
            return live;
        }

        private void remember(Live live) {
            if (recentCount < RECENT) {
                recent[(oldest + recentCount++) % RECENT] = live;
            } else {
                recent[oldest] = live;
                oldest = (oldest + 1) % RECENT;
            }
        }

        private static String capitalize(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }
}
