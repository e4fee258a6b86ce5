package app.ductape.sessions.middleware;

import java.util.List;
import java.util.Objects;

/**
 * What a request's {@code Authorization} headers say about a bearer token (RFC 6750, section 2.1), read by
 * one set of rules for every integration of this SDK (the servlet filter, Spring Security's resolver, the
 * WebFlux filter):
 *
 * <ul>
 *   <li>The scheme is case-insensitive ({@code bearer x} is {@code Bearer x}), followed by one or more
 *       spaces (RFC 7235's {@code 1*SP}: {@code Bearer  x} is {@code x}); spaces and tabs around the whole
 *       value are ignored, as HTTP ignores them.</li>
 *   <li>The token is one run of printable ASCII without whitespace; a Ductape token
 *       ({@code user-session:eyJ...}) has a colon, which RFC 6750's {@code b64token} lacks, so any visible
 *       ASCII character is taken. A token with whitespace inside, {@code Bearer} with no token, or any other
 *       character is {@link Malformed}.</li>
 *   <li>Two {@code Authorization} headers are {@link Malformed}: which one counts would depend on the reader.</li>
 *   <li>A header of another scheme ({@code Basic ...}) is {@link Absent}: not a bearer token, so a cookie
 *       may still carry one.</li>
 * </ul>
 */
public sealed interface BearerToken permits BearerToken.Absent, BearerToken.Present, BearerToken.Malformed {

    /**
     * Reads the values of every {@code Authorization} header of a request.
     *
     * @param authorizationHeaders the values, in order; empty when there is no such header
     * @return the token, its absence, or why the headers are malformed
     */
    static BearerToken parse(List<String> authorizationHeaders) {
        Objects.requireNonNull(authorizationHeaders, "authorizationHeaders");
        if (authorizationHeaders.isEmpty()) {
            return Absent.INSTANCE;
        }
        if (authorizationHeaders.size() > 1) {
            return new Malformed("the request has " + authorizationHeaders.size() + " Authorization headers");
        }
        String value = trimWhitespace(authorizationHeaders.get(0));
        int space = 0;
        while (space < value.length() && value.charAt(space) != ' ' && value.charAt(space) != '\t') {
            space++;
        }
        if (!value.substring(0, space).equalsIgnoreCase("Bearer")) {
            return Absent.INSTANCE;
        }
        if (space < value.length() && value.charAt(space) == '\t') {
            return new Malformed("the Authorization header separates its scheme from the token with a tab");
        }
        int start = space;
        while (start < value.length() && value.charAt(start) == ' ') {
            start++;
        }
        String token = value.substring(start);
        if (token.isEmpty()) {
            return new Malformed("the Authorization header has the Bearer scheme but no token");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return new Malformed(c == ' ' || c == '\t' ? "the bearer token has whitespace inside it"
                    : "the bearer token has a character outside printable ASCII");
            }
        }
        return new Present(token);
    }

    private static String trimWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    /** No bearer token: no {@code Authorization} header, or one of another scheme. */
    final class Absent implements BearerToken {
        static final Absent INSTANCE = new Absent();

        private Absent() {}

        @Override
        public String toString() {
            return "BearerToken.Absent";
        }
    }

    /**
     * A well-formed bearer token.
     *
     * @param token the token; never shown by {@code toString()}
     */
    record Present(String token) implements BearerToken {
        @Override
        public String toString() {
            return "BearerToken.Present[token=***]";
        }
    }

    /**
     * Headers that cannot be read as one bearer token: answer 400 ({@code error="invalid_request"}).
     *
     * @param reason what is wrong, in words that never contain the header's value
     */
    record Malformed(String reason) implements BearerToken {}
}
