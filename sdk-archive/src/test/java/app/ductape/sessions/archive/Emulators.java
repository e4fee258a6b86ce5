package app.ductape.sessions.archive;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.connectors.ActivitySource;
import app.ductape.sessions.connectors.calwe.CalweActivitySource;
import app.ductape.sessions.connectors.calwe.CalweClient;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultClient;
import app.ductape.sessions.connectors.saymon.SaymonActivitySource;
import app.ductape.sessions.connectors.saymon.SaymonClient;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import app.ductape.sessions.testkit.MutableClock;
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import java.time.Instant;
import java.util.List;

/**
 * The four sources the archive reads, from the testkit's emulators with deterministic data on a clock
 * the test moves: Ductape's {@code user-session} of {@code my-product}, SAYMON, ExaVault, and Calwe's
 * three sessions. Clients never retry, so a fault is the source's failure.
 */
final class Emulators implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final List<String> CALWE_SESSIONS = List.of(SessionLogApisEmulator.CALWE_LONG_SESSION,
        SessionLogApisEmulator.CALWE_ENDED_SESSION, SessionLogApisEmulator.CALWE_OPEN_SESSION);

    final MutableClock clock = MutableClock.at(NOW);
    final DuctapeEmulator ductape = DuctapeEmulator.builder().clock(clock).seed(EmulatorSeed.demo()).start();
    final SessionLogApisEmulator apis = SessionLogApisEmulator.builder().seed(7).records(250).clock(clock).build();
    final SessionsService sessions = ductape.sessionsServiceBuilder().maxRetries(0).build();
    final SaymonClient saymon = SaymonClient.builder().baseUrl(apis.baseUrl()).login(SessionLogApisEmulator.SAYMON_LOGIN)
        .password(SessionLogApisEmulator.SAYMON_PASSWORD).transport(t -> t.maxRetries(0)).build();
    final ExaVaultClient exavault = ExaVaultClient.builder().baseUrl(apis.exavaultBaseUrl())
        .apiKey(SessionLogApisEmulator.EXAVAULT_API_KEY).accessToken(SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN)
        .transport(t -> t.maxRetries(0)).build();
    final CalweClient calwe = CalweClient.builder().baseUrl(apis.baseUrl()).token(SessionLogApisEmulator.CALWE_TOKEN)
        .transport(t -> t.maxRetries(0)).build();

    ActivitySource ductapeSource() {
        return new DuctapeActivitySource(sessions, "my-product", "user-session");
    }

    ActivitySource saymonSource() {
        return new SaymonActivitySource(saymon);
    }

    ActivitySource exavaultSource() {
        return new ExaVaultActivitySource(exavault);
    }

    ActivitySource calweSource() {
        return new CalweActivitySource(calwe);
    }

    /** An archive of all four sources into {@code target}, on the emulators' clock. */
    ActivityArchive.Builder allSources(Databases.Target target) {
        return target.archive().clock(clock).source(ductapeSource()).source(saymonSource()).source(exavaultSource())
            .sessions(calweSource(), CALWE_SESSIONS);
    }

    @Override
    public void close() {
        sessions.close();
        saymon.close();
        exavault.close();
        calwe.close();
        apis.close();
        ductape.close();
    }
}
