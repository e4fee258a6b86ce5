package app.ductape.sessions.report;

import java.util.List;

/** A table of operations, such as the slowest or the latest failed, or a sentence when there are none. */
final class OperationsTableSection implements Section {
    private final String id;
    private final String heading;
    private final List<ActivityDigest.Operation> operations;
    private final String none;

    OperationsTableSection(String id, String heading, List<ActivityDigest.Operation> operations, String none) {
        this.id = id;
        this.heading = heading;
        this.operations = operations;
        this.none = none;
    }

    @Override
    public void renderInto(StringBuilder out) {
        out.append("<section><h2>").append(heading).append("</h2>");
        if (operations.isEmpty()) {
            out.append("<p>").append(none).append("</p></section>");
            return;
        }
        out.append("<div class=\"table-wrap\"><table id=\"").append(id).append("\"><thead><tr><th>when</th>")
            .append("<th>source</th><th>operation</th><th>actor</th><th class=\"n\">took</th><th>message</th></tr>")
            .append("</thead><tbody>");
        for (ActivityDigest.Operation operation : operations) {
            out.append("<tr><td>").append(Formats.when(operation.at())).append("</td><td>")
                .append(Html.escape(operation.source())).append("</td><td>").append(Html.escape(operation.action()))
                .append("</td><td>").append(Html.escape(operation.actor())).append("</td><td class=\"n\">")
                .append(operation.duration().isZero() ? "" : Formats.millis(operation.duration()))
                .append("</td><td class=\"msg\">").append(Html.escape(operation.message())).append("</td></tr>");
        }
        out.append("</tbody></table></div></section>");
    }
}
