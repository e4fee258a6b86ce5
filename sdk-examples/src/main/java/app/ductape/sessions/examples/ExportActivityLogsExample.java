package app.ductape.sessions.examples;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.SessionActivityLog;
import app.ductape.sessions.model.SessionActivityLogsPage;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Pages through every activity log of a session and writes them as JSON Lines or CSV:
 * {@code [--product my-product] [--session user-session] [--format jsonl|csv] [--out activity.jsonl]}.
 */
public final class ExportActivityLogsExample {
    private static final int PAGE_SIZE = 1000;

    private ExportActivityLogsExample() {}

    /** What to export, and where. */
    record Export(String product, String session, String format, Path out) {
        Export {
            if (!format.equals("jsonl") && !format.equals("csv")) {
                throw new IllegalArgumentException("--format must be jsonl or csv, but was " + format);
            }
        }

        static Export parse(String[] args) {
            String product = "my-product";
            String session = "user-session";
            String format = "jsonl";
            Path out = null;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--product" -> product = args[i + 1];
                    case "--session" -> session = args[i + 1];
                    case "--format" -> format = args[i + 1];
                    case "--out" -> out = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
            }
            return new Export(product, session, format, out == null ? Path.of("activity." + format) : out);
        }
    }

    public static void main(String[] args) {
        Export export;
        try {
            export = Export.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: [--product P] [--session S] [--format jsonl|csv] [--out FILE]");
            System.exit(2);
            return;
        }
        try (ExampleConnection connection = ExampleConnection.open(System.err)) {
            long written = run(connection.sessions, export, System.err);
            System.out.println("Wrote " + written + " activity logs to " + export.out().toAbsolutePath());
        } catch (SessionError e) {
            System.err.println("Ductape call failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Exports every log, newest first; returns how many were written. */
    static long run(SessionsService sessions, Export export, PrintStream progress) {
        try (Writer writer = Files.newBufferedWriter(export.out(), StandardCharsets.UTF_8)) {
            LogWriter out = export.format().equals("csv") ? new CsvWriter(writer) : new JsonLinesWriter(writer);
            long written = 0;
            int page = 1;
            while (true) {
                SessionActivityLogsPage logs = sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder()
                    .product(export.product()).session(export.session()).page(page).limit(PAGE_SIZE).build());
                for (SessionActivityLog log : logs.logs()) {
                    out.write(log);
                    written++;
                }
                progress.printf("\rexported %d/%d logs", written, logs.total());
                if (logs.logs().size() < PAGE_SIZE || page >= logs.totalPages()) {
                    break;
                }
                page++;
            }
            progress.println();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + export.out(), e);
        }
    }

    private interface LogWriter {
        void write(SessionActivityLog log) throws IOException;
    }

    private static final class JsonLinesWriter implements LogWriter {
        private final Writer writer;
        private final JsonFactory json = new JsonFactory();

        JsonLinesWriter(Writer writer) {
            this.writer = writer;
        }

        @Override
        public void write(SessionActivityLog log) throws IOException {
            try (JsonGenerator g = json.createGenerator(writer).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartObject();
                g.writeStringField("id", log.id());
                g.writeStringField("operation", log.parentTag());
                g.writeStringField("status", log.statusValue());
                g.writeStringField("env", log.env());
                g.writeStringField("message", log.message());
                g.writeStringField("start", text(log.start()));
                g.writeStringField("end", text(log.end()));
                g.writeStringField("timestamp", text(log.timestamp()));
                g.writeStringField("data", log.data());
                g.writeEndObject();
            }
            writer.write('\n');
        }
    }

    private static final class CsvWriter implements LogWriter {
        private final Writer writer;

        CsvWriter(Writer writer) throws IOException {
            this.writer = writer;
            writer.write("id,operation,status,env,message,start,end,timestamp,data\n");
        }

        @Override
        public void write(SessionActivityLog log) throws IOException {
            String[] cells = {log.id(), log.parentTag(), log.statusValue(), log.env(), log.message(), text(log.start()),
                text(log.end()), text(log.timestamp()), log.data()};
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
