package app.ductape.sessions.middleware;

/**
 * One spelling of a request path that can be read two ways, and which {@link PathRules} refuses with
 * 400 before the request reaches anything. Each is a case of Spring Security's {@code StrictHttpFirewall}:
 * a servlet container, a proxy in front of it and the application may each decode or normalise such a
 * path differently, so a rule that matches one reading can be walked around with another. The rules look
 * at the raw request path, as the client sent it (without the query string).
 */
public enum PathRule {
    /** A path parameter, {@code ;} or {@code %3B}: {@code /api;x=1/me}. Containers drop it before routing. */
    PATH_PARAMETER,
    /** An encoded {@code /} ({@code %2F}): one segment to the container, two to a proxy that decodes it. */
    ENCODED_SLASH,
    /** An encoded {@code \} ({@code %5C}), which some servers read as a separator. */
    ENCODED_BACKSLASH,
    /** An encoded {@code .} ({@code %2E}), which spells a dot segment past a check on the raw path. */
    ENCODED_PERIOD,
    /** An encoded {@code %} ({@code %25}): a double encoding such as {@code %252e}, decoded once here and again elsewhere. */
    ENCODED_PERCENT,
    /** An empty segment, {@code //}: {@code //api/me} is {@code /api/me} to some and not to others. */
    DOUBLE_SLASH,
    /** A {@code .} or {@code ..} segment: {@code /x/../api/me}, {@code /./api/me}. */
    DOT_SEGMENT,
    /**
     * A character outside printable ASCII, sent raw, or a control character sent encoded ({@code %00} to
     * {@code %1F}, {@code %7F}): NUL, CR and LF truncate or split a path in some readers. Encoded UTF-8
     * ({@code %C3%A9}) is allowed.
     */
    CONTROL_CHARACTER,
    /** A raw {@code \}, a separator on some servers and not on others. */
    BACKSLASH
}
