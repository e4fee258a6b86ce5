package app.ductape.sessions.middleware;

import java.util.List;

/**
 * A request as a {@link SessionGuard} reads it, adapted from whatever server received it. Implementations
 * read lazily from the server's own request object; nothing is copied for a request that is not checked.
 */
public interface GuardedRequest {

    /**
     * The HTTP method.
     *
     * @return the method in upper case, such as {@code GET}
     */
    String method();

    /**
     * The path as the client sent it: percent-encoding kept, no query string (a servlet's
     * {@code getRequestURI()}, WebFlux's {@code getURI().getRawPath()}). Only {@link PathRules} read it.
     *
     * @return the raw path
     */
    String rawPath();

    /**
     * The path the server routes on, decoded and normalised, inside the application's context (a
     * servlet's {@code getServletPath() + getPathInfo()}, WebFlux's {@code getPath().pathWithinApplication()}).
     * The include and exclude patterns are matched against it.
     *
     * @return the routed path, starting with {@code /}
     */
    String routedPath();

    /**
     * Every value of a header, in order.
     *
     * @param name the header name, case-insensitive
     * @return the values; empty when the request has no such header
     */
    List<String> headers(String name);

    /**
     * The values of every cookie of this name, in order.
     *
     * @param name the cookie name, case-sensitive
     * @return the values; empty when the request has no such cookie
     */
    List<String> cookies(String name);
}
