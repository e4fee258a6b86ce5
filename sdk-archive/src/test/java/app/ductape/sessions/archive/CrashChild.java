package app.ductape.sessions.archive;

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
        try (SourceClients sources = sources(args[3], args[4], args[5]);
             ActivityArchive archive = archive(ActivityArchive.builder().jdbcUrl(args[0])
                 .user(args[1].equals("-") ? null : args[1]).password(args[2].equals("-") ? null : args[2]), sources)) {
            System.out.println("syncing");
            System.out.flush();
            SyncReport report = archive.sync();
            System.out.println(report.ok() ? "synced" : "failed\n" + report);
        }
    }

    /** Clients of the four emulated sources, with the clients' default retries. */
    static SourceClients sources(String ductapeBaseUrl, String accessKey, String apisBaseUrl) {
        return new SourceClients(ductapeBaseUrl, accessKey, apisBaseUrl, null);
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
