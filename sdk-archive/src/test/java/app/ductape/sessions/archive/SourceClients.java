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
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import app.ductape.sessions.transport.HttpApiClient;
import java.util.List;

/**
 * Clients of the four emulated sources, from a Ductape client's settings and the session-log emulator's URL
 * (so that a child JVM can make them too):
 * Ductape's {@code user-session} of {@code my-product}, SAYMON, ExaVault, and Calwe's three sessions.
 */
final class SourceClients implements AutoCloseable {
    static final List<String> CALWE_SESSIONS = List.of(SessionLogApisEmulator.CALWE_LONG_SESSION,
        SessionLogApisEmulator.CALWE_ENDED_SESSION, SessionLogApisEmulator.CALWE_OPEN_SESSION);

    final SessionsService sessions;
    private final SaymonClient saymon;
    private final ExaVaultClient exavault;
    private final CalweClient calwe;

    /**
     * {@code ductape}: the Ductape client's credentials and URL; {@code maxRetries}: each client's retries, or
     * {@code null} for the clients' defaults.
     */
    SourceClients(SessionsService.Builder ductape, String apisBaseUrl, Integer maxRetries) {
        ductape.product("my-product").env("production");
        sessions = (maxRetries == null ? ductape : ductape.maxRetries(maxRetries)).build();
        saymon = SaymonClient.builder().baseUrl(apisBaseUrl).login(SessionLogApisEmulator.SAYMON_LOGIN)
            .password(SessionLogApisEmulator.SAYMON_PASSWORD).transport(t -> retries(t, maxRetries)).build();
        exavault = ExaVaultClient.builder().baseUrl(apisBaseUrl + "/api/v2")
            .apiKey(SessionLogApisEmulator.EXAVAULT_API_KEY).accessToken(SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN)
            .transport(t -> retries(t, maxRetries)).build();
        calwe = CalweClient.builder().baseUrl(apisBaseUrl).token(SessionLogApisEmulator.CALWE_TOKEN)
            .transport(t -> retries(t, maxRetries)).build();
    }

    private static void retries(HttpApiClient.Builder transport, Integer maxRetries) {
        if (maxRetries != null) {
            transport.maxRetries(maxRetries);
        }
    }

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

    /** {@code archive} with the four sources added, Calwe's by session. */
    ActivityArchive.Builder addTo(ActivityArchive.Builder archive) {
        return archive.source(ductapeSource()).source(saymonSource()).source(exavaultSource())
            .sessions(calweSource(), CALWE_SESSIONS);
    }

    @Override
    public void close() {
        sessions.close();
        saymon.close();
        exavault.close();
        calwe.close();
    }
}
