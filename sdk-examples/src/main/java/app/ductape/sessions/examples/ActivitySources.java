package app.ductape.sessions.examples;

import app.ductape.sessions.connectors.ActivitySource;
import app.ductape.sessions.connectors.calwe.CalweActivitySource;
import app.ductape.sessions.connectors.calwe.CalweClient;
import app.ductape.sessions.connectors.calwe.CalweRole;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultClient;
import app.ductape.sessions.connectors.saymon.SaymonActivitySource;
import app.ductape.sessions.connectors.saymon.SaymonClient;
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Opens the activity source an example reads: the real API when its environment variables are set,
 * otherwise a local emulator (Ductape's with demo data, or the testkit's emulator of the three
 * session-log APIs), so every source runs with no account.
 *
 * <ul>
 *   <li>{@code ductape}: {@code DUCTAPE_WORKSPACE_ID}, {@code DUCTAPE_PUBLIC_KEY}, {@code DUCTAPE_USER_ID},
 *       {@code DUCTAPE_TOKEN}, {@code DUCTAPE_ENV_TYPE}, optionally {@code DUCTAPE_BASE_URL} (see the README)</li>
 *   <li>{@code saymon}: {@code SAYMON_BASE_URL}, {@code SAYMON_LOGIN}, {@code SAYMON_PASSWORD}</li>
 *   <li>{@code exavault}: {@code EXAVAULT_ACCOUNT} (or {@code EXAVAULT_BASE_URL}), {@code EXAVAULT_API_KEY},
 *       {@code EXAVAULT_ACCESS_TOKEN}</li>
 *   <li>{@code calwe}: {@code CALWE_BASE_URL}, {@code CALWE_TOKEN}, optionally {@code CALWE_ROLE}
 *       ({@code customer} or {@code coach})</li>
 * </ul>
 */
final class ActivitySources {
    /** The sources an example can read. */
    static final List<String> NAMES = List.of("ductape", "saymon", "exavault", "calwe");

    private ActivitySources() {}

    /** An open source and everything to close when done with it. */
    static final class Opened implements AutoCloseable {
        final ActivitySource source;
        /** The Calwe session read when none is named: the emulator's longest log. */
        final String defaultSession;
        private final List<AutoCloseable> resources;

        private Opened(ActivitySource source, String defaultSession, List<AutoCloseable> resources) {
            this.source = source;
            this.defaultSession = defaultSession;
            this.resources = resources;
        }

        @Override
        public void close() {
            for (int i = resources.size() - 1; i >= 0; i--) {
                try {
                    resources.get(i).close();
                } catch (Exception e) {
                    throw new IllegalStateException("could not close " + resources.get(i), e);
                }
            }
        }
    }

    /**
     * Opens {@code name} with the settings {@code env} gives.
     *
     * @param product the Ductape product tag
     * @param session the Ductape session tag (the Calwe session id is given by the query)
     * @throws IllegalArgumentException for an unknown source, or a partial set of variables
     */
    static Opened open(String name, String product, String session, Function<String, String> env, PrintStream log) {
        return open(name, product, session, env, log, Clock.systemUTC());
    }

    /**
     * As {@link #open(String, String, String, Function, PrintStream)}, an emulator's data laid out up to
     * {@code clock}'s now: the same data on every run within one period, as an archive expects.
     */
    static Opened open(String name, String product, String session, Function<String, String> env, PrintStream log,
                       Clock clock) {
        List<AutoCloseable> resources = new ArrayList<>();
        switch (name) {
            case "ductape" -> {
                ExampleConnection connection = ExampleConnection.open(log, clock);
                resources.add(connection);
                return new Opened(new DuctapeActivitySource(connection.sessions, product, session), null, resources);
            }
            case "saymon" -> {
                if (configured(env, "SAYMON_BASE_URL", "SAYMON_LOGIN", "SAYMON_PASSWORD")) {
                    log.println("Using SAYMON at " + env.apply("SAYMON_BASE_URL"));
                    return opened(new SaymonActivitySource(resource(resources, SaymonClient.builder()
                        .baseUrl(env.apply("SAYMON_BASE_URL")).login(env.apply("SAYMON_LOGIN"))
                        .password(env.apply("SAYMON_PASSWORD")).build())), null, resources);
                }
                SessionLogApisEmulator apis = emulator(resources, log, clock, "SAYMON_BASE_URL, SAYMON_LOGIN, SAYMON_PASSWORD");
                return opened(new SaymonActivitySource(resource(resources, SaymonClient.builder().baseUrl(apis.baseUrl())
                    .login(SessionLogApisEmulator.SAYMON_LOGIN).password(SessionLogApisEmulator.SAYMON_PASSWORD).build())),
                    null, resources);
            }
            case "exavault" -> {
                boolean account = configured(env, "EXAVAULT_API_KEY", "EXAVAULT_ACCESS_TOKEN")
                    && (env.apply("EXAVAULT_ACCOUNT") != null || env.apply("EXAVAULT_BASE_URL") != null);
                if (account) {
                    log.println("Using ExaVault " + (env.apply("EXAVAULT_BASE_URL") != null
                        ? "at " + env.apply("EXAVAULT_BASE_URL") : "account " + env.apply("EXAVAULT_ACCOUNT")));
                    return opened(new ExaVaultActivitySource(resource(resources, ExaVaultClient.builder()
                        .account(env.apply("EXAVAULT_ACCOUNT")).baseUrl(env.apply("EXAVAULT_BASE_URL"))
                        .apiKey(env.apply("EXAVAULT_API_KEY")).accessToken(env.apply("EXAVAULT_ACCESS_TOKEN")).build())),
                        null, resources);
                }
                SessionLogApisEmulator apis = emulator(resources, log, clock,
                    "EXAVAULT_ACCOUNT, EXAVAULT_API_KEY, EXAVAULT_ACCESS_TOKEN");
                return opened(new ExaVaultActivitySource(resource(resources, ExaVaultClient.builder()
                    .baseUrl(apis.exavaultBaseUrl()).apiKey(SessionLogApisEmulator.EXAVAULT_API_KEY)
                    .accessToken(SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN).build())), null, resources);
            }
            case "calwe" -> {
                if (configured(env, "CALWE_BASE_URL", "CALWE_TOKEN")) {
                    log.println("Using Calwe at " + env.apply("CALWE_BASE_URL"));
                    String role = env.apply("CALWE_ROLE");
                    return opened(new CalweActivitySource(resource(resources, CalweClient.builder()
                        .baseUrl(env.apply("CALWE_BASE_URL")).token(env.apply("CALWE_TOKEN"))
                        .role(role == null ? CalweRole.CUSTOMER : CalweRole.valueOf(role.toUpperCase(Locale.ROOT)))
                        .build())), null, resources);
                }
                SessionLogApisEmulator apis = emulator(resources, log, clock, "CALWE_BASE_URL, CALWE_TOKEN");
                return opened(new CalweActivitySource(resource(resources, CalweClient.builder().baseUrl(apis.baseUrl())
                    .token(SessionLogApisEmulator.CALWE_TOKEN).build())), SessionLogApisEmulator.CALWE_LONG_SESSION,
                    resources);
            }
            default -> throw new IllegalArgumentException("--source must be one of " + String.join("|", NAMES)
                + ", but was " + name);
        }
    }

    private static Opened opened(ActivitySource source, String defaultSession, List<AutoCloseable> resources) {
        return new Opened(source, defaultSession, resources);
    }

    private static <T extends AutoCloseable> T resource(List<AutoCloseable> resources, T resource) {
        resources.add(resource);
        return resource;
    }

    private static SessionLogApisEmulator emulator(List<AutoCloseable> resources, PrintStream log, Clock clock,
                                                   String variables) {
        SessionLogApisEmulator apis = resource(resources, SessionLogApisEmulator.builder().clock(clock).build());
        log.println("Using the testkit's session-log APIs emulator at " + apis.baseUrl() + " (set " + variables
            + " to use your account)");
        return apis;
    }

    /** All of {@code names} set, or none; a partial set is a mistake worth stopping for. */
    private static boolean configured(Function<String, String> env, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            String value = env.apply(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty() && missing.size() < names.length) {
            throw new IllegalArgumentException("set all of " + String.join(", ", names) + ", or none of them; missing "
                + String.join(", ", missing));
        }
        return missing.isEmpty();
    }
}
