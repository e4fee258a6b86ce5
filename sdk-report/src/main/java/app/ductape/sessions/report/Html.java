package app.ductape.sessions.report;

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

    /**
     * A CSS class name for an attribute: escaped like any text, and with whitespace (which would split it into
     * two classes) turned into {@code -}.
     */
    static String cssClass(String name) {
        return escape(name).replaceAll("\\s", "-");
    }
}
