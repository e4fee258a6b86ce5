package app.ductape.sessions.spring;

import app.ductape.sessions.SessionsService;

/**
 * Changes the {@link SessionsService.Builder} of the auto-configured client after the {@code ductape.*}
 * properties are applied and before it is built: a listener, an {@code OkHttpClient} of your own, a
 * setting the properties do not have. Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface DuctapeClientCustomizer {

    /**
     * Customizes the builder.
     *
     * @param builder the builder of the application's {@code SessionsService}
     */
    void customize(SessionsService.Builder builder);
}
