package app.ductape.sessions.transport;

import java.util.List;
import java.util.Objects;

/**
 * The path of a call with the segments that hold values named instead of shown:
 * {@code /log/v1/session/dashboard/{workspace_id}}. Each {@link HttpApiCall} carries its own; the OkHttp
 * request carries it as a tag ({@code request.tag(PathTemplate.class)}), so that metrics
 * ({@code uri}), logs and traces ({@code url.template}) show where a call went without an id, an
 * identifier or a key. Immutable.
 */
public final class PathTemplate {
    private final String text;

    private PathTemplate(String text) {
        this.text = text;
    }

    /** The template of a path whose segments are all literal. */
    static PathTemplate literal(List<String> segments) {
        return new PathTemplate("/" + String.join("/", segments));
    }

    /**
     * {@code template} checked against the segments it describes: as many segments, each either
     * {@code {name}} or the segment itself.
     */
    static PathTemplate of(String template, List<String> segments) {
        String trimmed = template.startsWith("/") ? template.substring(1) : template;
        List<String> parts = trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
        boolean fits = parts.size() == segments.size();
        for (int i = 0; fits && i < parts.size(); i++) {
            String part = parts.get(i);
            boolean variable = part.length() > 2 && part.startsWith("{") && part.endsWith("}");
            fits = variable || part.equals(segments.get(i));
        }
        if (!fits) {
            throw new IllegalArgumentException("the template '" + template + "' does not fit the path's "
                + segments.size() + " segments");
        }
        return new PathTemplate("/" + String.join("/", parts));
    }

    /**
     * The template, such as {@code /integrations/v1/session/users/{workspace_id}/{identifier}}.
     *
     * @return the template, starting with {@code /}; relative to the client's base URL
     */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathTemplate template && template.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }
}
