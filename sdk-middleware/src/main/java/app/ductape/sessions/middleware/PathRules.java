package app.ductape.sessions.middleware;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The raw request paths an authentication filter refuses (with 400) before it decides anything: those
 * that can be read two ways ({@link PathRule}). The filters of this SDK match their include and exclude
 * patterns against the path the server routes (decoded and normalised); these rules make sure that no
 * other reader of the same request (a proxy, a framework, a second filter) can see another path.
 *
 * <pre>{@code
 * PathRules.strict()                                 // every rule: the default of the filters
 * PathRules.strict().allow(PathRule.PATH_PARAMETER)  // let ;jsessionid=... through
 * }</pre>
 *
 * <p>Immutable and thread-safe. Allowing a rule does not open the filter to a bypass by itself (it still
 * matches what the server routes); it lets through spellings that other readers may take differently.
 */
public final class PathRules {
    private static final PathRules STRICT = new PathRules(EnumSet.allOf(PathRule.class));

    private final Set<PathRule> rules;

    private PathRules(EnumSet<PathRule> rules) {
        this.rules = Collections.unmodifiableSet(rules);
    }

    /**
     * Every rule: what Spring Security's {@code StrictHttpFirewall} refuses by default.
     *
     * @return the strict rules
     */
    public static PathRules strict() {
        return STRICT;
    }

    /**
     * These rules without {@code allowed}: the spellings they refuse are let through.
     *
     * @param allowed the rules to drop
     * @return the remaining rules
     */
    public PathRules allow(PathRule... allowed) {
        Objects.requireNonNull(allowed, "allowed");
        EnumSet<PathRule> remaining = rules.isEmpty() ? EnumSet.noneOf(PathRule.class) : EnumSet.copyOf(rules);
        remaining.removeAll(Arrays.asList(allowed));
        return new PathRules(remaining);
    }

    /**
     * The rules applied.
     *
     * @return the rules, unmodifiable
     */
    public Set<PathRule> rules() {
        return rules;
    }

    /**
     * The first rule a raw request path breaks.
     *
     * @param rawPath the path as the client sent it, percent-encoding kept, without the query string
     *                (a servlet's {@code getRequestURI()}, WebFlux's {@code getURI().getRawPath()})
     * @return the rule broken, or empty when the path can be read only one way
     */
    public Optional<PathRule> violatedBy(String rawPath) {
        Objects.requireNonNull(rawPath, "rawPath");
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            PathRule broken = c == ';' ? PathRule.PATH_PARAMETER
                : c == '\\' ? PathRule.BACKSLASH
                : c < 0x20 || c >= 0x7F ? PathRule.CONTROL_CHARACTER
                : c == '%' ? encoded(rawPath, i)
                : c == '/' ? segment(rawPath, i)
                : null;
            if (broken != null && rules.contains(broken)) {
                return Optional.of(broken);
            }
        }
        return Optional.empty();
    }

    /**
     * The rule an escape at {@code at} breaks, if any. A malformed escape ({@code %zz}) breaks none: the
     * server refuses it or keeps it as text, and either way it spells no other path.
     */
    private static PathRule encoded(String path, int at) {
        if (at + 2 >= path.length()) {
            return null;
        }
        int high = hex(path.charAt(at + 1));
        int low = hex(path.charAt(at + 2));
        if (high < 0 || low < 0) {
            return null;
        }
        int value = high * 16 + low;
        return switch (value) {
            case '/' -> PathRule.ENCODED_SLASH;
            case '\\' -> PathRule.ENCODED_BACKSLASH;
            case '.' -> PathRule.ENCODED_PERIOD;
            case '%' -> PathRule.ENCODED_PERCENT;
            case ';' -> PathRule.PATH_PARAMETER;
            default -> value < 0x20 || value == 0x7F ? PathRule.CONTROL_CHARACTER : null;
        };
    }

    /** The rule the segment after the {@code /} at {@code at} breaks: empty, or {@code .} or {@code ..}. */
    private static PathRule segment(String path, int at) {
        int end = path.indexOf('/', at + 1);
        String segment = path.substring(at + 1, end < 0 ? path.length() : end);
        if (segment.isEmpty() && end >= 0) {
            return PathRule.DOUBLE_SLASH;
        }
        return segment.equals(".") || segment.equals("..") ? PathRule.DOT_SEGMENT : null;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    @Override
    public String toString() {
        return "PathRules" + rules.toString().toLowerCase(Locale.ROOT);
    }
}
