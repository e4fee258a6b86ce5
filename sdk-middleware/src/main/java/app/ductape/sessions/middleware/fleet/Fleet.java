package app.ductape.sessions.middleware.fleet;

/**
 * An engine that links the verifiers of many instances (Redis pub/sub, for one): given to
 * {@link app.ductape.sessions.middleware.SessionVerifier.Builder#fleet(Fleet)}, it is joined once by the verifier
 * it is given to, when that verifier is built.
 *
 * <p>An implementation must keep the promises of {@link FleetLink}: never deliver an instance's own
 * revocations back to it, say at once when it can no longer hear its peers, and say when it hears them again.
 */
public interface Fleet {
    /**
     * Links one verifier to its peers.
     *
     * @param member the verifier's side: its scope and what it does with what the fleet delivers
     * @return the link, closed when the verifier is closed
     */
    FleetLink join(FleetMember member);
}
