package app.ductape.sessions.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The page around the sections: the document's head with its Content-Security-Policy (nothing may be
 * fetched; only the inline stylesheet, named by its SHA-256, may style it), the stylesheet, the header with
 * the title, and the closing tags.
 */
final class ReportPage {
    private static final String CSS = stylesheet();
    private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'none'; "
        + "base-uri 'none'; form-action 'none'";

    private ReportPage() {}

    /** The head, the header and the opening of {@code <main>}. */
    static void open(StringBuilder out, String title, String subtitle, Instant generatedAt) {
        out.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<meta name=\"color-scheme\" content=\"light dark\">")
            .append("<title>").append(Html.escape(title)).append("</title><style>").append(CSS)
            .append("</style></head><body><header><h1>").append(Html.escape(title)).append("</h1><p class=\"meta\">");
        if (subtitle != null) {
            out.append(Html.escape(subtitle)).append(" · ");
        }
        out.append("generated ").append(Formats.when(generatedAt)).append("</p></header><main>");
    }

    /** The end of the document. */
    static void close(StringBuilder out) {
        out.append("</main></body></html>\n");
    }

    private static String stylesheet() {
        try (InputStream css = ReportPage.class.getResourceAsStream("report.css")) {
            return new String(Objects.requireNonNull(css, "report.css").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report's stylesheet is missing from the jar", e);
        }
    }

    /** The CSP source of an inline stylesheet: its SHA-256 (the report's one use of it). */
    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
