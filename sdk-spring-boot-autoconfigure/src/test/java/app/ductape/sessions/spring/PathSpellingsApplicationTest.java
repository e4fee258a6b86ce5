package app.ductape.sessions.spring;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.PathSpellings;
import app.ductape.sessions.middleware.PathSpellings.Spelling;
import app.ductape.sessions.middleware.RawHttp;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter's filter registration attacked by the spelling of the path, in the application's own
 * embedded server, with Spring Security and Spring MVC in place: the same table as the servlet filter's
 * (sdk-middleware's {@code PathSpellingsTest}), on Boot 4.0.7 here and Boot 3.5.7 in sdk-spring-boot3-tests.
 */
@SpringBootTest(classes = SessionsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ductape.sessions.filter.enabled=true", "ductape.sessions.filter.tag=user-session",
        "ductape.sessions.filter.url-patterns=/api/*", "ductape.sessions.filter.exclude-patterns=/api/public/*",
        "spring.main.banner-mode=off"})
@DirtiesContext
class PathSpellingsApplicationTest {
    private static final TestEmulator EMULATOR = new TestEmulator();

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void ductape(DynamicPropertyRegistry registry) {
        EMULATOR.register(registry);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    private int port() {
        return Integer.parseInt(environment.getProperty("local.server.port"));
    }

    static List<Spelling> table() {
        return PathSpellings.table();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void aSpellingOfAProtectedPathIsRefusedOrUnauthorizedAndNeverReachesAHandler(Spelling spelling) throws Exception {
        int before = SessionsTestApplication.SessionsController.PROTECTED_HITS.get();

        RawHttp.Answer answer = RawHttp.get(port(), spelling.rawPath());

        assertThat(answer.status()).as(answer.text()).isIn(spelling.allowed());
        assertThat(SessionsTestApplication.SessionsController.PROTECTED_HITS).hasValue(before);
    }

    @Test
    void randomSpellingsOfProtectedPathsNeverReachAHandler() throws Exception {
        long seed = Long.getLong("spellings.seed", System.nanoTime());
        int before = SessionsTestApplication.SessionsController.PROTECTED_HITS.get();

        for (String spelling : PathSpellings.random(new Random(seed), 200)) {
            RawHttp.Answer answer = RawHttp.get(port(), spelling);

            assertThat(answer.body()).as("seed %d: %s -> %s", seed, spelling, answer.text()).isNotEqualTo("reached");
            assertThat(SessionsTestApplication.SessionsController.PROTECTED_HITS).as("seed %d: %s", seed, spelling)
                .hasValue(before);
        }
    }

    @Test
    void theExcludedPathIsServedWithoutAToken() throws Exception {
        assertThat(RawHttp.get(port(), "/api/public/status").body()).isEqualTo("public");
    }
}
