package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seed written by hand: the README's example loads into the emulator as declared (configurations,
 * users, live, expired and revoked sessions, activity), and a bad file is refused with its line, the field
 * and why.
 */
class SeedFileTest {
    private static final Path EXAMPLE = Path.of("seed-example.json");

    @TempDir
    Path directory;

    private Path file(String json) throws IOException {
        Path file = directory.resolve("seed.json");
        Files.writeString(file, json);
        return file;
    }

    /** The first lines of most files here: product {@code shop} with configuration {@code s}, and user ada. */
    private static final String SHOP_AND_ADA = """
            {
              "products": [{ "tag": "shop", "sessions": [{ "tag": "s", "selector": "$Session{email}",
                "expiry": 1, "period": "days" }] }],
              "users": [{ "id": "ada", "product": "shop", "session": "s", "data": { "email": "a@b.c" } }],
            """;

    @Test
    void theExampleLoadsItsConfigurationsUsersSessionsAndActivity() {
        EmulatorSeed seed = EmulatorSeed.fromFile(EXAMPLE);
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().seed(seed).start();
             SessionsService sessions = emulator.newSessionsService()) {
            assertThat(emulator.defaultProduct()).contains("shop");
            assertThat(emulator.defaultEnv()).contains("production");
            assertThat(sessions.list("shop")).extracting(config -> config.tag())
                .containsExactly("user-session", "checkout-session");

            SessionUserDetails ada = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
                .session("user-session").identifier("ada@example.com").build());
            SessionUserDetails grace = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
                .session("user-session").identifier("grace@example.com").build());
            assertThat(ada.totalSessions()).isEqualTo(2);
            assertThat(ada.activeSessionsCount()).as("one live, one expired a day after its start 3 days ago")
                .isEqualTo(1);
            assertThat(grace.totalSessions()).isEqualTo(1);
            assertThat(grace.activeSessionsCount()).as("revoked an hour ago").isZero();

            // 3 starts, 5 verified, 1 refused, 1 refresh, 1 revoke
            assertThat(sessions.fetchActivityLogs(FetchSessionActivityLogsOptions.builder().session("user-session")
                .page(1).limit(50).build()).total()).isEqualTo(11);
        }
    }

    @Test
    void aFileSeedIsNamedFileColonPath() {
        assertThat(EmulatorSeed.named("file:" + EXAMPLE).orElseThrow().product()).isEqualTo("shop");
    }

    @Test
    void anUnknownFieldIsRefusedWithItsLineAndName() throws IOException {
        Path file = file(SHOP_AND_ADA + """
              "sessions": [
                { "user": "ada", "startedAgoo": "PT1H" }
              ]
            }
            """);

        assertThatThrownBy(() -> EmulatorSeed.fromFile(file)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(file + ", line 6").hasMessageContaining("sessions[0].startedAgoo: unknown field; "
                + "session entries have [user, startedAgo, revokedAgo]");
    }

    @Test
    void aDurationThatIsNotIsoIsRefusedNamingTheField() throws IOException {
        Path file = file(SHOP_AND_ADA + """
              "sessions": [{ "user": "ada", "startedAgo": "2 hours" }]
            }
            """);

        assertThatThrownBy(() -> EmulatorSeed.fromFile(file)).hasMessageContaining("line 5")
            .hasMessageContaining("sessions[0].startedAgo");
    }

    @Test
    void aReferenceToWhatIsNotDeclaredIsRefusedWithWhatIs() throws IOException {
        Path file = file("""
            {
              "products": [{ "tag": "shop", "sessions": [{ "tag": "s", "selector": "$Session{email}",
                "expiry": 1, "period": "days" }] }],
              "users": [
                { "id": "ada", "product": "shopp", "session": "s", "data": { "email": "a@b.c" } }
              ]
            }
            """);

        assertThatThrownBy(() -> EmulatorSeed.fromFile(file)).hasMessageContaining("line 5")
            .hasMessageContaining("users[0].product: no product 'shopp'; there are [shop]");
    }

    @Test
    void aSessionOfAnUndeclaredUserAndARevocationBeforeItsStartAreRefused() throws IOException {
        Path unknown = file(SHOP_AND_ADA + "\"sessions\": [{ \"user\": \"bob\", \"startedAgo\": \"PT1H\" }] }");
        assertThatThrownBy(() -> EmulatorSeed.fromFile(unknown))
            .hasMessageContaining("sessions[0].user: no user 'bob'; there are [ada]");

        Path backwards = file(SHOP_AND_ADA + "\"sessions\": [{ \"user\": \"ada\", \"startedAgo\": \"PT1H\", "
            + "\"revokedAgo\": \"PT2H\" }] }");
        assertThatThrownBy(() -> EmulatorSeed.fromFile(backwards)).hasMessageContaining("sessions[0]")
            .hasMessageContaining("`revokedAgo` (PT2H) must be after the start");
    }

    @Test
    void dataWithoutTheSelectorsFieldIsRefusedWhenTheEmulatorLoadsIt() throws IOException {
        Path file = file("""
            {
              "products": [{ "tag": "shop", "sessions": [{ "tag": "s", "selector": "$Session{email}",
                "expiry": 1, "period": "days", "schema": { "email": "x@y.z" } }] }],
              "users": [{ "id": "ada", "product": "shop", "session": "s", "data": { "name": "Ada" } }],
              "sessions": [{ "user": "ada", "startedAgo": "PT1H" }]
            }
            """);
        EmulatorSeed seed = EmulatorSeed.fromFile(file);

        assertThatThrownBy(() -> DuctapeEmulator.builder().seed(seed).start()).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("sessions[0]").hasMessageContaining("the emulator refused it");
    }

    @Test
    void notJsonIsRefusedWithItsLine() throws IOException {
        Path file = file("{\n  \"products\": [\n    { \"tag\": shop }\n  ]\n}\n");

        assertThatThrownBy(() -> EmulatorSeed.fromFile(file)).hasMessageContaining("line 3")
            .hasMessageContaining("not JSON");
    }
}
