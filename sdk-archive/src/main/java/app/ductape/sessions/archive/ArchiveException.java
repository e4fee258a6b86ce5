package app.ductape.sessions.archive;

/**
 * The archive's database cannot be used: it cannot be reached or migrated, a statement failed, or (on
 * SQLite) another process is syncing the same file. A source failing is not one: {@link SyncReport}
 * names it, and the other sources still run.
 */
public final class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
