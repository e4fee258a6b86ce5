package app.ductape.sessions.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs against the demo emulator and prints (or writes) what it promises. */
class ExamplesTest {
    private static DuctapeEmulator emulator;
    private static SessionsService sessions;

    @BeforeAll
    static void startEmulator() {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.newSessionsService();
    }

    @AfterAll
    static void stopEmulator() {
        sessions.close();
        emulator.close();
    }

    private static String capture(java.util.function.Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dashboardExamplePrintsMetricsUsersActivityAndTheChart() {
        String output = capture(out -> SessionDashboardExample.run(sessions, out));

        assertThat(output).contains("=== Session Dashboard ===").containsPattern("Users: \\d+/\\d+ active")
            .containsPattern("Success Rate: \\d+\\.\\d\\d%").contains("=== Recent Users ===")
            .contains("@example.com - Last seen: ").contains("=== Recent Activity ===").contains("✓ ")
            .contains("=== Operations over time (last 14 days) ===").contains("█");
        String users = output.substring(output.indexOf("=== Recent Users ==="), output.indexOf("=== Recent Activity"));
        assertThat(users.lines().filter(line -> line.contains(" - Last seen: ")).count()).isEqualTo(10);
        String chart = output.substring(output.indexOf("=== Operations over time"));
        assertThat(chart.lines().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2} .*")).count()).isEqualTo(14);
    }

    @Test
    void lifecycleExampleEndsWithAnInvalidVerify() {
        String output = capture(out -> SessionLifecycleExample.run(sessions, out));

        assertThat(output).contains("1. started").contains("2. verified  valid=true").contains("3. refreshed")
            .contains("4. revoked   1 session(s)").contains("5. verified  valid=false");
        assertThat(output).doesNotContainPattern("refreshToken=rt_");
    }

    @Test
    void exportWritesEveryLogAsJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("activity.jsonl");
        long total = sessions.fetchActivityLogs(app.ductape.sessions.options.FetchSessionActivityLogsOptions.builder()
            .product("my-product").session("user-session").build()).total();

        long written = ExportActivityLogsExample.run(sessions,
            ExportActivityLogsExample.Export.parse(new String[] {"--out", file.toString()}), new PrintStream(
                new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        List<String> lines = Files.readAllLines(file);
        assertThat(total).isGreaterThanOrEqualTo(3000);
        assertThat(written).isEqualTo(total);
        assertThat(lines).hasSize((int) total);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines.get(0)).get("operation").asText()).isIn("create", "verify", "refresh",
            "revoke");
        assertThat(lines.stream().map(line -> line.substring(0, 40)).distinct().count()).isEqualTo(total);
    }

    @Test
    void exportWritesCsvWithAHeaderAndQuotedCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("activity.csv");

        long written = ExportActivityLogsExample.run(sessions, ExportActivityLogsExample.Export.parse(new String[] {
            "--session", "checkout-session", "--format", "csv", "--out", file.toString()}),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("id,operation,status,env,message,start,end,timestamp,data");
        assertThat(lines).hasSize((int) written + 1);
        assertThat(lines.get(1)).contains("\"{\"\"sessionId\"\"");
    }

    @Test
    void exportRejectsAnUnknownFormat() {
        assertThatThrownBy(() -> ExportActivityLogsExample.Export.parse(new String[] {"--format", "xml"}))
            .hasMessageContaining("--format");
    }
}
