package app.ductape.sessions.spring.test;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Requests with a real session: each helper starts a session on the test's emulator (see
 * {@link AutoConfigureDuctapeEmulator}) for the application's verifier tag, with the data given, through the
 * application's own {@code SessionsService}, and sends its token as {@code Authorization: Bearer}. The
 * request then goes through the application's filter, verifier and security as in production.
 *
 * <pre>{@code
 * mvc.perform(get("/api/me").with(DuctapeTestSessions.session(Map.of("email", "ada@example.com"))));
 * client.mutateWith(DuctapeTestSessions.webSession(Map.of("email", "ada@example.com"))).get().uri("/api/me")...;
 * restClient.get().uri("/api/me").headers(h -> h.addAll(DuctapeTestSessions.headers(Map.of("email", "ada@example.com"))));
 * }</pre>
 *
 * <p>The tag is the {@code SessionVerifier} bean's, else {@code ductape.sessions.verifier.tag}, else
 * {@code ductape.sessions.filter.tag}. Only a context with an emulator is used: a helper never starts a
 * session on a real Ductape.
 */
public final class DuctapeTestSessions {
    private DuctapeTestSessions() {}

    /**
     * For MockMvc: a request with a session of {@code data}.
     *
     * @param data the session data, such as {@code Map.of("email", "ada@example.com")}
     * @return the request post-processor
     */
    public static RequestPostProcessor session(Map<String, ?> data) {
        Map<String, ?> copy = Map.copyOf(Objects.requireNonNull(data, "data"));
        return request -> {
            ApplicationContext context = WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token(context != null ? context
                : DuctapeTestContext.current(), copy));
            return request;
        };
    }

    /**
     * For {@code WebTestClient}: a client whose requests carry a session of {@code data} (started when this
     * is called, on the running test's emulator).
     *
     * @param data the session data
     * @return the configurer, for {@code mutateWith}
     */
    public static WebTestClientConfigurer webSession(Map<String, ?> data) {
        String token = token(DuctapeTestContext.current(), Map.copyOf(Objects.requireNonNull(data, "data")));
        return (builder, httpHandlerBuilder, connector) ->
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    /**
     * For {@code TestRestTemplate}, {@code RestClient} or any HTTP client: the headers of a request with a
     * session of {@code data}.
     *
     * @param data the session data
     * @return {@code Authorization: Bearer <token>}
     */
    public static HttpHeaders headers(Map<String, ?> data) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token(data));
        return headers;
    }

    /**
     * A session's token, for a client of your own.
     *
     * @param data the session data
     * @return the token of a session started on the running test's emulator
     */
    public static String token(Map<String, ?> data) {
        return token(DuctapeTestContext.current(), Map.copyOf(Objects.requireNonNull(data, "data")));
    }

    private static String token(ApplicationContext context, Map<String, ?> data) {
        if (!context.containsBean(DuctapeEmulatorContextCustomizer.BEAN_NAME)) {
            throw new IllegalStateException("This application context has no emulator: annotate the test class with "
                + "@AutoConfigureDuctapeEmulator (DuctapeTestSessions never starts a session on a real Ductape)");
        }
        DuctapeEmulator emulator = context.getBean(DuctapeEmulatorContextCustomizer.BEAN_NAME, DuctapeEmulator.class);
        SessionsService sessions = context.getBean(SessionsService.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> sessionData = (Map<String, Object>) data;
        return sessions.start(StartSessionOptions.builder().tag(tag(context, emulator)).data(sessionData).build())
            .token();
    }

    private static String tag(ApplicationContext context, DuctapeEmulator emulator) {
        String tag = context.getBeanProvider(SessionVerifier.class).stream().map(SessionVerifier::tag).findFirst()
            .orElseGet(() -> context.getEnvironment().getProperty("ductape.sessions.verifier.tag",
                context.getEnvironment().getProperty("ductape.sessions.filter.tag", "")));
        if (tag.isBlank()) {
            throw new IllegalStateException("No session tag to start a session of on " + emulator + ": the application "
                + "has no SessionVerifier bean, and neither ductape.sessions.verifier.tag nor "
                + "ductape.sessions.filter.tag is set");
        }
        return tag;
    }
}
