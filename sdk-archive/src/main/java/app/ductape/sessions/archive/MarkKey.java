package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivitySource;

/**
 * The key of one high-water mark: a source and the scope of it that is synced on its own, with its own
 * mark and lock ({@value ActivityArchive#ALL} for a source read whole, or one Calwe session).
 *
 * @param source the source
 * @param scope  the scope's name, unique for the source's name
 * @param dated  whether the source is read by time windows (otherwise its scope is re-read whole)
 */
record MarkKey(ActivitySource source, String scope, boolean dated) {

    /** The source's name, the first half of the key. */
    String sourceName() {
        return source.name();
    }

    @Override
    public String toString() {
        return source.name() + "/" + scope;
    }
}
