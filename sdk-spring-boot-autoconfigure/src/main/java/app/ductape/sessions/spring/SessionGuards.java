package app.ductape.sessions.spring;

import app.ductape.sessions.middleware.SessionGuard;
import app.ductape.sessions.middleware.SessionVerifier;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The request rules of {@code ductape.sessions.filter.*}, for the servlet filter and the WebFlux filter
 * alike; what cannot be built is named by its property.
 */
final class SessionGuards {
    private SessionGuards() {}

    /**
     * The guard of the filter's settings.
     *
     * @param verifier     the application's verifier, present when {@code ductape.sessions.verifier.tag} is set
     * @param settings     {@code ductape.sessions.filter.*}
     * @param includeUrlPatterns whether the guard itself checks only {@code url-patterns} (WebFlux), rather than
     *                     the servlet container that registers the filter on them
     * @throws DuctapeConfigurationException when there is no verifier, or a setting is invalid
     */
    static SessionGuard of(ObjectProvider<SessionVerifier> verifier, DuctapeProperties.Filter settings,
                           boolean includeUrlPatterns) {
        SessionVerifier available = verifier.getIfUnique();
        if (available == null) {
            throw new DuctapeConfigurationException("ductape.sessions.filter.enabled is true, but there is no "
                + "SessionVerifier: ductape.sessions.verifier.tag is not set.",
                "Set ductape.sessions.verifier.tag to the session tag whose tokens the filter verifies, such as "
                    + "user-session (or define a SessionVerifier bean).", null);
        }
        try {
            SessionGuard.Builder guard = SessionGuard.builder(available)
                .exclude(settings.excludePatterns().toArray(String[]::new)).retryAfter(settings.retryAfter());
            if (includeUrlPatterns) {
                guard.include(settings.urlPatterns().toArray(String[]::new));
            }
            if (settings.cookieName() != null && !settings.cookieName().isBlank()) {
                guard.cookie(settings.cookieName());
            }
            return guard.build();
        } catch (IllegalArgumentException e) {
            throw new DuctapeConfigurationException("The session filter cannot be built: " + e.getMessage(),
                "Correct ductape.sessions.filter.url-patterns and .exclude-patterns (each is /exact, /prefix/*, "
                    + "*.extension or /*) and .retry-after (at least 1s).", e);
        }
    }
}
