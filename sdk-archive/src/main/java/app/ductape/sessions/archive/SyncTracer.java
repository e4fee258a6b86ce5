package app.ductape.sessions.archive;

import java.util.function.Supplier;

/**
 * Follows an {@link ActivityArchive}'s syncs, for tracing: each sync, each source scope in it (the source's
 * reads run within it, so that their calls are part of it), and each page written. Engine-neutral: the SDK's
 * OpenTelemetry module is one. An exception a tracer throws is logged and never fails a sync; nothing passed
 * here holds a record.
 */
public interface SyncTracer {
    /** Traces nothing. */
    SyncTracer NONE = () -> Sync.NONE;

    /**
     * A sync begins, on the thread that called {@code sync()}.
     *
     * @return what follows it
     */
    Sync start();

    /** One sync. */
    interface Sync {
        /** Follows nothing. */
        Sync NONE = new Sync() {};

        /**
         * A source scope's sync begins.
         *
         * @param source the source's name, such as {@code ductape}
         * @param scope  its scope: {@link ActivityArchive#ALL}, or a Calwe session
         * @return what follows it
         */
        default Source source(String source, String scope) {
            return Source.NONE;
        }

        /**
         * The sync ended.
         *
         * @param report  what it did, or {@code null} when the database failed
         * @param failure the database's failure, or {@code null}
         */
        default void ended(SyncReport report, Throwable failure) {}
    }

    /** One source scope of a sync. */
    interface Source {
        /** Follows nothing. */
        Source NONE = new Source() {};

        /**
         * Runs {@code action} within this source's sync.
         *
         * @param action what reads and writes the source's window
         * @param <T>    its result
         * @return what {@code action} returns
         */
        default <T> T within(Supplier<T> action) {
            return action.get();
        }

        /**
         * A page is about to be written.
         *
         * @return what hears its end
         */
        default Page page() {
            return Page.NONE;
        }

        /**
         * The source scope's sync ended (synced, skipped, or failed by its source), or the database failed.
         *
         * @param report  what it did, or {@code null} when the database failed
         * @param failure the database's failure, or {@code null}
         */
        default void ended(SourceReport report, Throwable failure) {}
    }

    /** One page written. */
    @FunctionalInterface
    interface Page {
        /** Hears nothing. */
        Page NONE = (records, inserted, updated, failure) -> {};

        /**
         * The page's transaction ended.
         *
         * @param records  the records in it
         * @param inserted how many were new
         * @param updated  how many had changed
         * @param failure  the database's failure, or {@code null} when committed
         */
        void ended(int records, long inserted, long updated, Throwable failure);
    }
}
