package app.ductape.sessions.middleware;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The spellings an attacker tries against an authentication filter mapped on {@code /*} with
 * {@code include("/api/*")} and {@code exclude("/api/public/*")}, in front of a protected servlet on
 * {@code /api/*}, a public one on {@code /api/public/*} and a default servlet on {@code /} (as an
 * application has one, such as Spring's dispatcher, so that the container runs the filter on every path); each with the answer the filter must give
 * without a token: 401 (read as the protected path) or 400 (refused as ambiguous, by the filter or the
 * container). None may reach the protected servlet. Shared by the servlet, Spring Boot and WebFlux tests.
 */
public final class PathSpellings {
    /** Read one way, as a protected path: no token means 401. */
    public static final Set<Integer> UNAUTHORIZED = Set.of(401);
    /** Ambiguous: refused with 400, by the filter's path rules or by the container itself. */
    public static final Set<Integer> REFUSED = Set.of(400);

    /** One spelling and the statuses allowed for it. */
    public record Spelling(String rawPath, Set<Integer> allowed, String why) {
        @Override
        public String toString() {
            return rawPath.replace("\u0000", "<NUL>").replace("\r", "<CR>").replace("\n", "<LF>") + " (" + why + ")";
        }
    }

    private PathSpellings() {}

    /** The table: every spelling named in the security review, and the variants it asked for. */
    public static List<Spelling> table() {
        return List.of(
            new Spelling("/api/me", UNAUTHORIZED, "the plain protected path"),
            new Spelling("/%61pi/me", UNAUTHORIZED, "an unreserved letter percent-encoded"),
            new Spelling("/%61%70%69/%6D%65", UNAUTHORIZED, "every letter encoded, upper-case hex digits"),
            new Spelling("/%61p%69/%6De", UNAUTHORIZED, "letters encoded with mixed-case hex digits"),
            new Spelling("/api/me/", UNAUTHORIZED, "a trailing slash"),
            new Spelling("//api/me", REFUSED, "a double slash"),
            new Spelling("///api/me", REFUSED, "a triple slash"),
            new Spelling("/api//me", REFUSED, "an empty inner segment"),
            new Spelling("/api;x=1/me", REFUSED, "a path parameter"),
            new Spelling("/api;/me", REFUSED, "an empty path parameter"),
            new Spelling("/api/me;x=1", REFUSED, "a path parameter on the last segment"),
            new Spelling("/api%3Bx=1/me", REFUSED, "an encoded path parameter"),
            new Spelling("/x/../api/me", REFUSED, "a dot-dot segment"),
            new Spelling("/./api/me", REFUSED, "a dot segment"),
            new Spelling("/%2e/api/me", REFUSED, "an encoded dot segment"),
            new Spelling("/%2E/api/me", REFUSED, "an encoded dot segment, upper-case hex"),
            new Spelling("/api/public/../me", REFUSED, "out of the excluded prefix by dot-dot"),
            new Spelling("/api/public/%2e%2e/me", REFUSED, "out of the excluded prefix by encoded dot-dot"),
            new Spelling("/api/public/%2E%2E/me", REFUSED, "the same, upper-case hex"),
            new Spelling("/api/public/..;/me", REFUSED, "dot-dot hidden behind a path parameter"),
            new Spelling("/api/public/%252e%252e/me", REFUSED, "double-encoded dot-dot"),
            new Spelling("/api/%252e/me", REFUSED, "a double-encoded dot"),
            new Spelling("/api%2Fme", REFUSED, "an encoded slash"),
            new Spelling("/api%2fme", REFUSED, "an encoded slash, lower-case hex"),
            new Spelling("/api%5Cme", REFUSED, "an encoded backslash"),
            new Spelling("/api\\me", REFUSED, "a raw backslash"),
            new Spelling("/api/me%00", REFUSED, "an encoded NUL"),
            new Spelling("/api/me%00.css", REFUSED, "a NUL before an extension"),
            new Spelling("/api/me%0d%0aX-Injected:%201", REFUSED, "encoded CR LF"),
            new Spelling("/api/me%7F", REFUSED, "an encoded DEL"));
    }

    /** The protected paths the random spellings are made of. */
    private static final List<String> PROTECTED = List.of("/api/me", "/api/orders/42", "/api/a.b/c");

    /**
     * {@code count} random spellings of protected paths, each of one to three transformations: percent-
     * encoding (either case), extra slashes, dot segments (plain, encoded, double-encoded), path parameters,
     * backslashes, control characters, a trailing slash, and escapes out of the excluded prefix.
     */
    public static List<String> random(Random random, int count) {
        List<String> spellings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String path = PROTECTED.get(random.nextInt(PROTECTED.size()));
            if (random.nextInt(4) == 0) {
                path = "/api/public/" + dotDot(random) + path.substring("/api/".length());
            }
            int transformations = 1 + random.nextInt(3);
            for (int t = 0; t < transformations; t++) {
                path = transform(path, random);
            }
            spellings.add(path);
        }
        return spellings;
    }

    private static String dotDot(Random random) {
        String[] forms = {"../", "%2e%2e/", "%2E%2E/", ".%2e/", "%2e./", "..;/", "..%2f", "%252e%252e/", "..\\"};
        return forms[random.nextInt(forms.length)];
    }

    private static String transform(String path, Random random) {
        List<Integer> slashes = slashes(path);
        if (slashes.size() < 2) {
            return path; // an encoded first slash: the path no longer starts with one, nothing to add to
        }
        int slash = slashes.get(random.nextInt(slashes.size()));
        return switch (random.nextInt(9)) {
            case 0 -> encodeOne(path, random);
            case 1 -> path.substring(0, slash) + "/" + path.substring(slash);
            case 2 -> path.substring(0, slash) + "/." + path.substring(slash);
            case 3 -> path.substring(0, slash) + "/x/.." + path.substring(slash);
            case 4 -> insertAtSegmentEnd(path, random, random.nextBoolean() ? ";x=1" : ";");
            case 5 -> path.substring(0, slash) + (random.nextBoolean() ? "/%2e" : "/%252e") + path.substring(slash);
            case 6 -> path.substring(0, slash) + "\\" + path.substring(slash + 1);
            case 7 -> insertAtSegmentEnd(path, random, random.nextBoolean() ? "%00" : "%0a");
            default -> path.endsWith("/") ? path : path + "/";
        };
    }

    private static List<Integer> slashes(String path) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                at.add(i);
            }
        }
        return at;
    }

    private static String insertAtSegmentEnd(String path, Random random, String text) {
        List<Integer> ends = slashes(path);
        ends.add(path.length());
        int at = ends.get(1 + random.nextInt(ends.size() - 1));
        return path.substring(0, at) + text + path.substring(at);
    }

    /** Percent-encodes one letter (or a slash or dot), with upper- or lower-case hex digits. */
    private static String encodeOne(String path, Random random) {
        int at = 1 + random.nextInt(path.length() - 1);
        char c = path.charAt(at);
        if (c == '%' || c > 0x7e) {
            return path;
        }
        String hex = String.format("%02x", (int) c);
        return path.substring(0, at) + "%" + (random.nextBoolean() ? hex.toUpperCase(Locale.ROOT) : hex)
            + path.substring(at + 1);
    }
}
