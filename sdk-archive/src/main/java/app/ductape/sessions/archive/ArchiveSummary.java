package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Counts of archived records by source, outcome and UTC day, for reports.
 *
 * @param rows one row per source, outcome and day, by day, then source, then outcome
 */
public record ArchiveSummary(List<Row> rows) {

    /**
     * A summary; the rows are copied.
     *
     * @param rows the rows
     */
    public ArchiveSummary {
        rows = List.copyOf(rows);
    }

    /**
     * All records counted.
     *
     * @return the sum of the rows' counts
     */
    public long total() {
        return rows.stream().mapToLong(Row::count).sum();
    }

    /**
     * The records of one source.
     *
     * @param source the source's name
     * @return the sum of its rows' counts
     */
    public long total(String source) {
        return rows.stream().filter(row -> row.source().equals(source)).mapToLong(Row::count).sum();
    }

    /**
     * One count.
     *
     * @param source  the source's name
     * @param outcome the outcome
     * @param day     the UTC day, empty for records without a date (Calwe's)
     * @param count   how many records
     */
    public record Row(String source, ActivityOutcome outcome, Optional<LocalDate> day, long count) {}
}
