package app.ductape.sessions.report;

import java.util.List;

/** Operations over time as stacked bars, with the table of every period's operations and sessions. */
final class OperationsSection implements Section {
    private final List<Buckets.Bucket> buckets;

    OperationsSection(List<Buckets.Bucket> buckets) {
        this.buckets = buckets;
    }

    @Override
    public void renderInto(StringBuilder out) {
        long total = buckets.stream().mapToLong(Buckets.Bucket::operations).sum();
        out.append("<section><h2>Operations over time</h2>");
        Charts.legend(out, "create", "verify", "refresh", "revoke");
        Charts.stackedBars(out, "operations", "Operations over time", "Stacked bars of create, verify, refresh and "
            + "revoke operations in each of " + buckets.size() + " periods" + Buckets.range(buckets) + "; "
            + Formats.count(total) + " operations in all. The numbers are in the table below.", buckets, List.of(
                new Charts.Series("create", Buckets.Bucket::create), new Charts.Series("verify", Buckets.Bucket::verify),
                new Charts.Series("refresh", Buckets.Bucket::refresh),
                new Charts.Series("revoke", Buckets.Bucket::revoke)));
        out.append("<details><summary>Operations and sessions by period (table)</summary><div class=\"table-wrap\">")
            .append("<table id=\"periods\"><thead><tr><th>period</th><th class=\"n\">create</th><th class=\"n\">verify")
            .append("</th><th class=\"n\">refresh</th><th class=\"n\">revoke</th><th class=\"n\">sessions created</th>")
            .append("<th class=\"n\">sessions expired</th></tr></thead><tbody>");
        // thousands of rows for hourly data: the numbers' alignment comes from the stylesheet, not a class each
        for (Buckets.Bucket b : buckets) {
            out.append("<tr><td>").append(Html.escape(b.period())).append("</td><td>").append(b.create())
                .append("</td><td>").append(b.verify()).append("</td><td>").append(b.refresh())
                .append("</td><td>").append(b.revoke()).append("</td><td>").append(b.created())
                .append("</td><td>").append(b.expired()).append("</td></tr>");
        }
        out.append("</tbody></table></div></details></section>");
    }
}
