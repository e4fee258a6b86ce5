package app.ductape.sessions;

/**
 * Hears each successful {@code revoke} and {@code revokeAll} a {@link SessionsService} makes, through
 * any of its facades (blocking, async, raw), as soon as the server has answered. Register one with
 * {@link SessionsService#addRevocationListener}. It runs on the calling thread (OkHttp's dispatcher for
 * async calls), so keep it quick; an exception it throws is logged and ignored, never failing the call.
 */
@FunctionalInterface
public interface RevocationListener {

    /**
     * A revocation succeeded.
     *
     * @param revocation what was revoked
     */
    void onRevoked(Revocation revocation);

    /** A registered listener; closing it unregisters the listener (again: nothing happens). */
    interface Registration extends AutoCloseable {

        /** Unregisters the listener; it hears no later revocation. */
        @Override
        void close();
    }
}
