package app.ductape.sessions.examples;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the examples send their calls: the real Ductape API when credentials are set in the environment
 * ({@code DUCTAPE_WORKSPACE_ID} and the rest; {@code DUCTAPE_BASE_URL} defaults to Ductape's API),
 * otherwise an embedded emulator loaded with demo data.
 */
final class ExampleConnection implements AutoCloseable {
    final SessionsService sessions;
    private final DuctapeEmulator emulator;

    private ExampleConnection(SessionsService sessions, DuctapeEmulator emulator) {
        this.sessions = sessions;
        this.emulator = emulator;
    }

    static ExampleConnection open(PrintStream log) {
        return open(log, java.time.Clock.systemUTC());
    }

    /** As {@link #open(PrintStream)}, an emulator's demo data laid out up to {@code clock}'s now. */
    static ExampleConnection open(PrintStream log, java.time.Clock clock) {
        if (System.getenv("DUCTAPE_WORKSPACE_ID") != null) {
            log.println("Using the Ductape API at "
                + System.getenv().getOrDefault("DUCTAPE_BASE_URL", SessionsService.DEFAULT_BASE_URL));
            return new ExampleConnection(SessionsService.builder().fromEnv().build(), null);
        }
        DuctapeEmulator emulator = DuctapeEmulator.builder().clock(clock).seed(EmulatorSeed.demo()).start();
        log.println("Using an embedded Ductape emulator with demo data at " + emulator.baseUrl()
            + " (to use your account, set DUCTAPE_WORKSPACE_ID, DUCTAPE_PUBLIC_KEY, DUCTAPE_USER_ID, DUCTAPE_TOKEN "
            + "and DUCTAPE_ENV_TYPE)");
        return new ExampleConnection(emulator.newSessionsService(), emulator);
    }

    /** What an example does with a client, printing to {@code out}. */
    @FunctionalInterface
    interface Example {
        void run(SessionsService sessions, PrintStream out);
    }

    /** Runs {@code example} on a fresh connection; a failed call exits with status 1 and its message. */
    static void runMain(Example example) {
        PrintStream out = utf8Out();
        try (ExampleConnection connection = open(System.err)) {
            example.run(connection.sessions, out);
        } catch (SessionError e) {
            System.err.println("Ductape call failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Standard output in UTF-8 whatever the platform default, for the check and cross marks. */
    static PrintStream utf8Out() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        sessions.close();
        if (emulator != null) {
            emulator.close();
        }
    }
}
