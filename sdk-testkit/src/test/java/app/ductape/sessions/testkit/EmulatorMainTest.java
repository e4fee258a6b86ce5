package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.testsupport.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The standalone emulator, as {@code -Pserve} runs it: in its own process, printing what points a client at it. */
class EmulatorMainTest {
    private ChildProcess emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** Starts EmulatorMain on free ports and reads its exports up to "Press Ctrl-C", for at most a minute. */
    private Map<String, String> startAndReadExports(String... options) {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        args.addAll(List.of(options));
        emulator = ChildProcess.start("EmulatorMain", ChildProcess.java(EmulatorMain.class, args.toArray(String[]::new)));
        Map<String, String> exports = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String line = emulator.nextLine(Duration.ofSeconds(60)); !line.startsWith("Press Ctrl-C");
             line = emulator.nextLine(Duration.ofNanos(deadline - System.nanoTime()))) {
            if (line.startsWith("export ")) {
                int equals = line.indexOf('=');
                exports.put(line.substring("export ".length(), equals), line.substring(equals + 1));
            }
        }
        return exports;
    }

    @Test
    void theEnvironmentsOptionChoosesTheProductsEnvironments() {
        Map<String, String> exports = startAndReadExports("--environments", "qa,uat");

        try (SessionsService sessions = SessionsService.builder().baseUrl(exports.get("DUCTAPE_BASE_URL"))
            .workspaceId(exports.get("DUCTAPE_WORKSPACE_ID")).publicKey(exports.get("DUCTAPE_PUBLIC_KEY"))
            .userId(exports.get("DUCTAPE_USER_ID")).token(exports.get("DUCTAPE_TOKEN"))
            .envType(exports.get("DUCTAPE_ENV_TYPE")).product("my-product").build()) {
            assertThat(sessions.listActive(ListActiveSessionsOptions.builder().env("uat").tag("user-session").build())
                .sessions()).isEmpty();
            assertThat(catchThrowableOfType(SessionError.class, () -> sessions.listActive(ListActiveSessionsOptions
                .builder().env("prd").tag("user-session").build())).code()).isEqualTo(SessionErrorCode.ENV_NOT_FOUND);
        }
    }

    @Test
    void aBlankEnvironmentStopsItWithTheReason() {
        emulator = ChildProcess.start("EmulatorMain", ChildProcess.java(EmulatorMain.class, "--port", "0",
            "--environments", "prd,,dev"));

        assertThat(emulator.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
        assertThat(emulator.output()).contains("--environments prd,,dev: `environments` must not hold a null or blank");
    }

    @Test
    void itPrintsTheWorkspaceVariablesBeforeTheOthers() {
        Map<String, String> exports = startAndReadExports();

        assertThat(exports.keySet()).startsWith("DUCTAPE_BASE_URL", "DUCTAPE_WORKSPACE_ID", "DUCTAPE_PUBLIC_KEY",
            "DUCTAPE_USER_ID", "DUCTAPE_TOKEN", "DUCTAPE_ENV_TYPE");
        assertThat(exports).containsEntry("DUCTAPE_ENV_TYPE", "prd").containsKeys("SAYMON_BASE_URL", "CALWE_TOKEN");
        assertThat(exports.get("DUCTAPE_BASE_URL")).startsWith("http://127.0.0.1:").doesNotEndWith(":0");
    }

    @Test
    void aClientMadeFromThePrintedVariablesReadsTheDemoDataAndRunsASession() {
        Map<String, String> exports = startAndReadExports();

        try (SessionsService sessions = SessionsService.builder().baseUrl(exports.get("DUCTAPE_BASE_URL"))
            .workspaceId(exports.get("DUCTAPE_WORKSPACE_ID")).publicKey(exports.get("DUCTAPE_PUBLIC_KEY"))
            .userId(exports.get("DUCTAPE_USER_ID")).token(exports.get("DUCTAPE_TOKEN"))
            .envType(exports.get("DUCTAPE_ENV_TYPE")).product("my-product").env("production").build()) {
            assertThat(sessions.fetchUsers(FetchSessionUsersOptions.builder().session("user-session").build())
                .users()).isNotEmpty();
            StartSessionResult started = sessions.start(StartSessionOptions.builder().tag("user-session")
                .data(Map.of("email", "main@example.com")).build());
            assertThat(sessions.verify(VerifySessionOptions.builder().tag("user-session").token(started.token())
                .build()).valid()).isTrue();
        }
    }
}
