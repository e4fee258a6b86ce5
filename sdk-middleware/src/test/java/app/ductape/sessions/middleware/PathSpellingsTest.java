package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.PathSpellings.Spelling;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filter as the README sets it up ({@code /*}, {@code include("/api/*")}, {@code exclude("/api/public/*")})
 * attacked by the spelling of the path, in embedded Tomcat 11 and embedded Jetty 12.1, with no token:
 * every spelling of a protected path ends in 401 or 400, and the protected servlet is never reached.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathSpellingsTest {
    private final VerifierFixture fixture = new VerifierFixture();
    private final Map<EmbeddedContainer, EmbeddedContainer.Running> running = new EnumMap<>(EmbeddedContainer.class);
    private final Map<EmbeddedContainer, AtomicInteger> protectedHits = new EnumMap<>(EmbeddedContainer.class);

    /** A servlet that counts the requests that reached it. */
    static final class CountingServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient AtomicInteger hits;

        CountingServlet(AtomicInteger hits) {
            this.hits = hits;
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            hits.incrementAndGet();
            response.setContentType("text/plain");
            response.getWriter().write("reached " + request.getServletPath() + request.getPathInfo());
        }
    }

    @BeforeAll
    void startContainers() throws Exception {
        DuctapeSessionFilter filter = DuctapeSessionFilter.builder(fixture.verifier().build())
            .include("/api/*").exclude("/api/public/*").build();
        for (EmbeddedContainer container : EmbeddedContainer.values()) {
            AtomicInteger hits = new AtomicInteger();
            protectedHits.put(container, hits);
            ServletContainerInitializer application = (classes, context) -> {
                context.addServlet("protected", new CountingServlet(hits)).addMapping("/api/*");
                context.addServlet("public", new CountingServlet(new AtomicInteger())).addMapping("/api/public/*");
                context.addServlet("default", new CountingServlet(new AtomicInteger())).addMapping("/");
                context.addFilter("ductape", filter).addMappingForUrlPatterns(EmbeddedContainer.REQUESTS, false, "/*");
            };
            running.put(container, container.start(application));
        }
    }

    @AfterAll
    void stopContainers() throws Exception {
        for (EmbeddedContainer.Running container : running.values()) {
            container.close();
        }
        fixture.close();
    }

    Stream<Arguments> everySpellingInEveryContainer() {
        List<Arguments> cases = new ArrayList<>();
        for (EmbeddedContainer container : EmbeddedContainer.values()) {
            for (Spelling spelling : PathSpellings.table()) {
                cases.add(Arguments.of(container, spelling));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everySpellingInEveryContainer")
    void aSpellingOfAProtectedPathIsRefusedOrUnauthorizedAndNeverReachesTheServlet(EmbeddedContainer container,
                                                                                  Spelling spelling) throws Exception {
        int before = protectedHits.get(container).get();

        RawHttp.Answer answer = RawHttp.get(running.get(container).port(), spelling.rawPath());

        assertThat(answer.status()).as(answer.text()).isIn(spelling.allowed());
        assertThat(protectedHits.get(container).get()).isEqualTo(before);
        assertThat(answer.body()).doesNotContain("reached");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void randomSpellingsOfProtectedPathsNeverReachTheProtectedServlet(EmbeddedContainer container) throws Exception {
        long seed = Long.getLong("spellings.seed", System.nanoTime());
        int before = protectedHits.get(container).get();

        for (String spelling : PathSpellings.random(new Random(seed), 400)) {
            RawHttp.Answer answer = RawHttp.get(running.get(container).port(), spelling);

            // 200 only from the default servlet, for a spelling that is no longer a protected path to the container
            assertThat(answer.status()).as("seed %d (rerun with -Dspellings.seed=%d): %s -> %s", seed, seed,
                spelling, answer.text()).isIn(200, 400, 401, 404);
            assertThat(protectedHits.get(container).get()).as("seed %d: %s reached the protected servlet", seed,
                spelling).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void patternsAreCaseSensitiveAsTheContainersMappingsAre(EmbeddedContainer container) throws Exception {
        int before = protectedHits.get(container).get();

        RawHttp.Answer answer = RawHttp.get(running.get(container).port(), "/API/me");

        // the container routes /API/me to the default servlet, not to /api/*, and the filter agrees
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("reached /API/me");
        assertThat(protectedHits.get(container).get()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void theExcludedPathIsServedWithoutAToken(EmbeddedContainer container) throws Exception {
        RawHttp.Answer answer = RawHttp.get(running.get(container).port(), "/api/public/status");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("reached /api/public/status");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedContainer.class)
    void aValidTokenReachesTheProtectedServletUnderAnEncodedSpelling(EmbeddedContainer container) throws Exception {
        String token = fixture.start("ada@example.com").token();

        RawHttp.Answer answer = RawHttp.get(running.get(container).port(), "/%61pi/me", "Authorization: Bearer " + token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("reached /api/me");
    }
}
