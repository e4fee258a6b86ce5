package app.ductape.sessions.middleware.redis;

/**
 * The names a fleet uses in Redis, all derived from its channel. Every key carries the channel as its hash
 * tag ({@code {channel}:...}), so that a fleet's keys share one slot and its scripts also run on a cluster.
 */
record FleetKeys(String channel) {
    /** The channel a link's own heartbeats go round on, so that only it reads them. */
    String heartbeatChannel(String origin) {
        return channel + ":heartbeat:" + origin;
    }

    /** The prefix of the shared answers' keys, to which the token's SHA-256 is appended. */
    String answerPrefix() {
        return tagged("answer:");
    }

    String answer(String tokenHash) {
        return answerPrefix() + tokenHash;
    }

    /** The sorted set of every shared answer's token hash, scored by when it expires. */
    String allAnswers() {
        return tagged("answers");
    }

    /** The sorted set of the token hashes shared for one session, scored by when they expire. */
    String sessionAnswers(String sessionId) {
        return tagged("session-answers:" + sessionId);
    }

    /** The sorted set of the token hashes shared for one user, scored by when they expire. */
    String userAnswers(String identifier) {
        return tagged("user-answers:" + identifier);
    }

    /** The instant a session was revoked, so that an answer asked before it is not shared after it. */
    String sessionRevoked(String sessionId) {
        return tagged("session-revoked:" + sessionId);
    }

    /** The sorted set of the users' cutoffs: each identifier scored by the instant of its latest revokeAll. */
    String userCutoffs() {
        return tagged("user-cutoffs");
    }

    /** The instant of the latest revocation of every session of the tag. */
    String allCutoff() {
        return tagged("all-cutoff");
    }

    /** The sorted set of the recent messages, scored by their instant: what an instance that was away missed. */
    String recentRevocations() {
        return tagged("recent-revocations");
    }

    private String tagged(String name) {
        return "{" + channel + "}:" + name;
    }
}
