package app.ductape.sessions.internal;

import java.util.Set;

/**
 * The one rule of what "the service could not answer now" means, behind
 * {@code SessionError.isUnavailable()} and the transport's retry policy: no response at all (a
 * connection failure, a timeout), or one of the statuses that say "later" rather than "no": 408, 429,
 * 500, 502, 503, 504. Every other status is an answer (a 501 or a 505 will not change on a retry).
 */
public final class Availability {
    private static final Set<Integer> UNAVAILABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private Availability() {}

    /** Whether a failure with this HTTP status ({@code null}: no response) means the service was unavailable. */
    public static boolean unavailable(Integer httpStatus) {
        return httpStatus == null || UNAVAILABLE_STATUSES.contains(httpStatus);
    }
}
