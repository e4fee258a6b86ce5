package app.ductape.sessions.report;

import app.ductape.sessions.connectors.ActivityOutcome;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Activity by source and outcome: one bar per source, and the table of the counts. */
final class SourcesSection implements Section {
    private final Map<String, EnumMap<ActivityOutcome, Long>> counts;

    SourcesSection(Map<String, EnumMap<ActivityOutcome, Long>> counts) {
        this.counts = counts;
    }

    @Override
    public void renderInto(StringBuilder out) {
        out.append("<section><h2>Activity by source and outcome</h2>");
        Charts.legend(out, "SUCCESS", "FAILURE", "IN_PROGRESS", "UNKNOWN");
        StringBuilder words = new StringBuilder("One bar per source, split by outcome:");
        counts.forEach((source, outcomes) -> words.append(' ').append(source).append(' ')
            .append(outcomes.values().stream().mapToLong(Long::longValue).sum()).append(" records;"));
        Charts.sources(out, "activity", "Activity by source and outcome", words.toString(), counts);
        out.append("<div class=\"table-wrap\"><table id=\"sources\"><thead><tr><th>source</th>");
        for (ActivityOutcome outcome : ActivityOutcome.values()) {
            out.append("<th class=\"n\">").append(outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append("</th>");
        }
        out.append("</tr></thead><tbody>");
        counts.forEach((source, outcomes) -> {
            out.append("<tr><td>").append(Html.escape(source)).append("</td>");
            for (ActivityOutcome outcome : ActivityOutcome.values()) {
                out.append("<td class=\"n\">").append(Formats.count(outcomes.getOrDefault(outcome, 0L))).append("</td>");
            }
            out.append("</tr>");
        });
        out.append("</tbody></table></div></section>");
    }
}
