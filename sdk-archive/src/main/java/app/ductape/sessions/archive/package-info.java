/**
 * A crash-safe, incremental archive of session activity from every {@code ActivitySource} (Ductape,
 * SAYMON, ExaVault, Calwe, or your own) into SQLite or PostgreSQL: {@link app.ductape.sessions.archive.ActivityArchive}.
 */
package app.ductape.sessions.archive;
