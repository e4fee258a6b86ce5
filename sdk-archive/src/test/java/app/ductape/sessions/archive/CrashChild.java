package app.ductape.sessions.archive;

import app.ductape.sessions.SessionsService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

/**
 * The process {@link CrashTest} kills: one sync of the four emulated sources into the archive named
 * on the command line, with the same settings as the reference sync ({@link #archive}).
 *
 * <p>Arguments: jdbcUrl user password ductapeBaseUrl apisBaseUrl ("-" for no user/password); the Ductape
 * credentials come from the environment ({@code DUCTAPE_WORKSPACE_ID} and the rest, as {@code fromEnv()} reads them).
 */
public final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) {
        try (SourceClients sources = sources(SessionsService.builder().fromEnv().baseUrl(args[3]), args[4]);
             ActivityArchive archive = archive(ActivityArchive.builder().jdbcUrl(args[0])
                 .user(args[1].equals("-") ? null : args[1]).password(args[2].equals("-") ? null : args[2]), sources)) {
            System.out.println("syncing");
            System.out.flush();
            SyncReport report = archive.sync();
            System.out.println(report.ok() ? "synced" : "failed\n" + report);
        }
    }

    /** Clients of the four emulated sources, with the clients' default retries. */
    static SourceClients sources(SessionsService.Builder ductape, String apisBaseUrl) {
        return new SourceClients(ductape, apisBaseUrl, null);
    }

    /**
     * The settings every sync of the crash test uses: small pages (many transactions to die in), an
     * overlap longer than the data (every run re-reads everything) and the emulators' clock.
     */
    static ActivityArchive archive(ActivityArchive.Builder builder, SourceClients sources) {
        return sources.addTo(builder.pageSize(20).overlap(Duration.ofDays(40))
            .clock(Clock.fixed(Emulators.NOW, ZoneOffset.UTC))).build();
    }
}
