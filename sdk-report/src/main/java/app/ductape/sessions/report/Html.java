package app.ductape.sessions.report;

import java.util.Locale;

/** Text into HTML and SVG: every character that could end an element or an attribute, escaped. */
final class Html {
    private Html() {}

    /** {@code text} safe in element content and in double- or single-quoted attributes; null is empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A count with thousands separators, as a reader expects it. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A coordinate with at most one decimal, no trailing zero: the SVG stays small. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
