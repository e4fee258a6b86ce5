package app.ductape.sessions.archive;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.testkit.MutableClock;
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import java.time.Instant;

/**
 * The four sources the archive reads, from the testkit's emulators with deterministic data on a clock
 * the test moves: Ductape's {@code user-session} of {@code my-product}, SAYMON, ExaVault, and Calwe's
 * three sessions. Clients never retry, so a fault is the source's failure.
 */
final class Emulators implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    final MutableClock clock = MutableClock.at(NOW);
    final DuctapeEmulator ductape = DuctapeEmulator.builder().clock(clock).seed(EmulatorSeed.demo()).start();
    final SessionLogApisEmulator apis = SessionLogApisEmulator.builder().seed(7).records(250).clock(clock).build();
    final SourceClients clients = new SourceClients(ductape.sessionsServiceBuilder(), apis.baseUrl(), 0);

    /** An archive of all four sources into {@code target}, on the emulators' clock. */
    ActivityArchive.Builder allSources(Databases.Target target) {
        return clients.addTo(target.archive().clock(clock));
    }

    @Override
    public void close() {
        clients.close();
        apis.close();
        ductape.close();
    }
}
