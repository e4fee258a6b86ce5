package app.ductape.sessions.middleware;

import java.util.List;

/**
 * Servlet-style URL patterns, matched against a request's path inside its context: {@code /api/*} (a
 * prefix, {@code /api} itself included), {@code *.css} (an extension), {@code /} or {@code /*} (every
 * path), or an exact path.
 */
final class UrlPatterns {
    private final List<String> patterns;

    private UrlPatterns(List<String> patterns) {
        this.patterns = patterns;
    }

    static UrlPatterns of(List<String> patterns) {
        for (String pattern : patterns) {
            boolean valid = pattern != null && (pattern.startsWith("/") || (pattern.startsWith("*.") && pattern.length() > 2));
            if (!valid || (pattern.indexOf('*') >= 0 && !pattern.endsWith("/*") && !pattern.startsWith("*."))) {
                throw new IllegalArgumentException("a URL pattern is /exact, /prefix/*, *.extension or /*, but was '"
                    + pattern + "'");
            }
        }
        return new UrlPatterns(List.copyOf(patterns));
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    boolean matches(String path) {
        for (String pattern : patterns) {
            if (pattern.equals("/") || pattern.equals("/*") || pattern.equals(path)) {
                return true;
            }
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return true;
                }
            } else if (pattern.startsWith("*.") && path.endsWith(pattern.substring(1))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return patterns.toString();
    }
}
