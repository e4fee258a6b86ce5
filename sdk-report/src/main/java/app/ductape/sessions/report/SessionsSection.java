package app.ductape.sessions.report;

import java.util.List;

/** Sessions created and expired over time, as two lines. */
final class SessionsSection implements Section {
    private final List<Buckets.Bucket> buckets;

    SessionsSection(List<Buckets.Bucket> buckets) {
        this.buckets = buckets;
    }

    @Override
    public void renderInto(StringBuilder out) {
        out.append("<section><h2>Sessions created and expired</h2>");
        Charts.legend(out, "created", "expired");
        Charts.lines(out, "sessions", "Sessions created and expired", "Two lines, sessions created and sessions "
            + "expired in each of " + buckets.size() + " periods" + Buckets.range(buckets) + "; "
            + Formats.count(buckets.stream().mapToLong(Buckets.Bucket::created).sum()) + " created and "
            + Formats.count(buckets.stream().mapToLong(Buckets.Bucket::expired).sum())
            + " expired in all. The numbers are in the table above.",
            buckets, List.of(new Charts.Series("created", Buckets.Bucket::created),
                new Charts.Series("expired", Buckets.Bucket::expired)));
        out.append("</section>");
    }
}
