package app.ductape.sessions.examples;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.connectors.ActivityQuery;
import app.ductape.sessions.connectors.ActivityRecord;
import app.ductape.sessions.report.DashboardReport;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Exports every activity record of a source, or of all four, with the same code for each, as JSON Lines
 * or CSV: {@code [--source all|ductape|saymon|exavault|calwe] [--product my-product] [--session
 * user-session] [--format jsonl|csv] [--out activity.jsonl] [--html report.html]}. {@code --session} is
 * the Ductape session tag, or the Calwe session id. With {@code --html}, the same single read also
 * makes a {@link DashboardReport} of activity by source and outcome, the slowest and the failed
 * operations. Each source runs against a local emulator unless its environment variables are set (see
 * {@link ActivitySources}).
 */
public final class ExportActivityLogsExample {
    private static final int PAGE_SIZE = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportActivityLogsExample() {}

    /** What to export, and where. */
    record Export(String source, String product, String session, String format, Path out, Path html) {
        Export {
            if (!source.equals("all") && !ActivitySources.NAMES.contains(source)) {
                throw new IllegalArgumentException("--source must be all or one of " + String.join("|",
                    ActivitySources.NAMES) + ", but was " + source);
            }
            if (!format.equals("jsonl") && !format.equals("csv")) {
                throw new IllegalArgumentException("--format must be jsonl or csv, but was " + format);
            }
        }

        static Export parse(String[] args) {
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
            }
            String source = "ductape";
            String product = "my-product";
            String session = null;
            String format = "jsonl";
            Path out = null;
            Path html = null;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--source" -> source = args[i + 1];
                    case "--product" -> product = args[i + 1];
                    case "--session" -> session = args[i + 1];
                    case "--format" -> format = args[i + 1];
                    case "--out" -> out = Path.of(args[i + 1]);
                    case "--html" -> html = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Export(source, product, session, format, out == null ? defaultOut(format) : out, html);
        }

        /** Where an export goes when {@code --out} is not given: under {@code target/}, which git ignores. */
        static Path defaultOut(String format) {
            return Path.of("target", "activity." + format);
        }

        /** The sources to read: all four, or the one named. */
        List<String> sources() {
            return source.equals("all") ? ActivitySources.NAMES : List.of(source);
        }

        /** The query of {@code name}: Calwe reads one session's log, the other sources everything. */
        ActivityQuery query(String name, String defaultSession) {
            ActivityQuery.Builder query = ActivityQuery.builder().pageSize(PAGE_SIZE);
            if (name.equals("calwe")) {
                String id = session != null ? session : defaultSession;
                if (id == null) {
                    throw new IllegalArgumentException("--session is required for calwe: the session id to export");
                }
                query.sessionId(id);
            }
            return query.build();
        }

        /** The Ductape session tag. */
        String ductapeSession() {
            return session != null ? session : "user-session";
        }
    }

    public static void main(String[] args) {
        Export export;
        try {
            export = Export.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: [--source all|ductape|saymon|exavault|calwe] [--product P] [--session S] "
                + "[--format jsonl|csv] [--out FILE] [--html REPORT]");
            System.exit(2);
            return;
        }
        List<ActivitySources.Opened> opened = new ArrayList<>();
        try {
            List<Stream<ActivityRecord>> streams = new ArrayList<>();
            for (String name : export.sources()) {
                ActivitySources.Opened source = ActivitySources.open(name, export.product(), export.ductapeSession(),
                    System::getenv, System.err);
                opened.add(source);
                streams.add(source.source.records(export.query(name, source.defaultSession)));
            }
            long written = run(streams.stream().flatMap(stream -> stream), export, System.err);
            System.out.println("Wrote " + written + " " + export.source() + " activity records to "
                + export.out().toAbsolutePath());
            if (export.html() != null) {
                System.out.println("Report written to " + export.html().toAbsolutePath());
            }
        } catch (SessionError e) {
            System.err.println(export.source() + " call failed: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } finally {
            opened.forEach(ActivitySources.Opened::close);
        }
    }

    /**
     * Exports {@code records} (and, with {@code --html}, reports on them in the same pass); returns how
     * many were written.
     */
    static long run(Stream<ActivityRecord> records, Export export, PrintStream progress) {
        try {
            Path parent = export.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the folder of " + export.out(), e);
        }
        try (Writer writer = Files.newBufferedWriter(export.out(), StandardCharsets.UTF_8)) {
            RecordWriter out = export.format().equals("csv") ? new CsvWriter(writer) : new JsonLinesWriter(writer);
            long[] written = {0};
            Stream<ActivityRecord> exported = records.peek(record -> {
                try {
                    out.write(record);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write " + export.out(), e);
                }
                if (++written[0] % PAGE_SIZE == 0) {
                    // A carriage return keeps one line on a terminal; the count of a full last page is not
                    // printed again below.
                    progress.printf("\rexported %d records", written[0]);
                }
            });
            if (export.html() != null) {
                DashboardReport.builder().title("Session activity: " + String.join(", ", export.sources()))
                    .activity(exported).build().writeTo(export.html());
            } else {
                try (exported) {
                    exported.forEach(record -> { });
                }
            }
            progress.printf(written[0] % PAGE_SIZE == 0 && written[0] > 0 ? "%n" : "\rexported %d records%n",
                written[0]);
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + export.out(), e);
        }
    }

    private interface RecordWriter {
        void write(ActivityRecord record) throws IOException;
    }

    private static final class JsonLinesWriter implements RecordWriter {
        private final Writer writer;

        JsonLinesWriter(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(ActivityRecord record) throws IOException {
            try (JsonGenerator g = JSON.getFactory().createGenerator(writer)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartObject();
                g.writeStringField("source", record.source());
                g.writeStringField("sessionId", record.sessionId());
                g.writeStringField("actor", record.actor());
                g.writeStringField("action", record.action());
                g.writeStringField("outcome", record.outcome().name());
                g.writeStringField("occurredAt", text(record.occurredAt()));
                g.writeStringField("message", record.message());
                g.writeObjectField("attributes", record.attributes());
                g.writeEndObject();
            }
            writer.write('\n');
        }
    }

    private static final class CsvWriter implements RecordWriter {
        private final Writer writer;

        CsvWriter(Writer writer) throws IOException {
            this.writer = writer;
            writer.write("source,sessionId,actor,action,outcome,occurredAt,message,attributes\n");
        }

        @Override
        public void write(ActivityRecord record) throws IOException {
            String[] cells = {record.source(), record.sessionId(), record.actor(), record.action(),
                record.outcome().name(), text(record.occurredAt()), record.message(),
                JSON.writeValueAsString(record.attributes())};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(csv(cells[i]));
            }
            writer.write('\n');
        }

        private static String csv(String value) {
            if (value == null) {
                return "";
            }
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
