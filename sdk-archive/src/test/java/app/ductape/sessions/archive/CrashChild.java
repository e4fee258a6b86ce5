package app.ductape.sessions.archive;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.connectors.calwe.CalweActivitySource;
import app.ductape.sessions.connectors.calwe.CalweClient;
import app.ductape.sessions.connectors.ductape.DuctapeActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultActivitySource;
import app.ductape.sessions.connectors.exavault.ExaVaultClient;
import app.ductape.sessions.connectors.saymon.SaymonActivitySource;
import app.ductape.sessions.connectors.saymon.SaymonClient;
import app.ductape.sessions.testkit.SessionLogApisEmulator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The process {@link CrashTest} kills: one sync of the four emulated sources into the archive named
 * on the command line, with the same settings as the reference sync ({@link #archive}).
 *
 * <p>Arguments: jdbcUrl user password ductapeBaseUrl ductapeAccessKey apisBaseUrl ("-" for no user/password).
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        try (Sources sources = new Sources(args[3], args[4], args[5]);
             ActivityArchive archive = archive(ActivityArchive.builder().jdbcUrl(args[0])
                 .user(args[1].equals("-") ? null : args[1]).password(args[2].equals("-") ? null : args[2]), sources)) {
            System.out.println("syncing");
            System.out.flush();
            SyncReport report = archive.sync();
            System.out.println(report.ok() ? "synced" : "failed\n" + report);
        }
    }

    /** Clients of the four emulated sources, with the clients' default retries. */
    static final class Sources implements AutoCloseable {
        private final SessionsService sessions;
        private final SaymonClient saymon;
        private final ExaVaultClient exavault;
        private final CalweClient calwe;

        Sources(String ductapeBaseUrl, String accessKey, String apisBaseUrl) {
            sessions = SessionsService.builder().baseUrl(ductapeBaseUrl).accessKey(accessKey).product("my-product")
                .env("production").build();
            saymon = SaymonClient.builder().baseUrl(apisBaseUrl).login(SessionLogApisEmulator.SAYMON_LOGIN)
                .password(SessionLogApisEmulator.SAYMON_PASSWORD).build();
            exavault = ExaVaultClient.builder().baseUrl(apisBaseUrl + "/api/v2")
                .apiKey(SessionLogApisEmulator.EXAVAULT_API_KEY).accessToken(SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN)
                .build();
            calwe = CalweClient.builder().baseUrl(apisBaseUrl).token(SessionLogApisEmulator.CALWE_TOKEN).build();
        }

        @Override
        public void close() {
            sessions.close();
            saymon.close();
            exavault.close();
            calwe.close();
        }
    }

    /**
     * The settings every sync of the crash test uses: small pages (many transactions to die in), an
     * overlap longer than the data (every run re-reads everything) and the emulators' clock.
     */
    static ActivityArchive archive(ActivityArchive.Builder builder, Sources sources) {
        return builder.pageSize(20).overlap(Duration.ofDays(40)).clock(Clock.fixed(Emulators.NOW, ZoneOffset.UTC))
            .source(new DuctapeActivitySource(sources.sessions, "my-product", "user-session"))
            .source(new SaymonActivitySource(sources.saymon)).source(new ExaVaultActivitySource(sources.exavault))
            .sessions(new CalweActivitySource(sources.calwe), Emulators.CALWE_SESSIONS).build();
    }
}
