package app.ductape.sessions.middleware.fleet;

import java.time.Duration;
import java.util.Objects;

/**
 * What one verifier verifies: the session tag of a product in one env, and how long it trusts an answer.
 *
 * @param product the product's tag
 * @param env the env, such as {@code prd}
 * @param tag the session tag
 * @param maxStaleness how long the verifier reuses an answer; an engine keeps shared answers no longer
 */
public record FleetScope(String product, String env, String tag, Duration maxStaleness) {
    /**
     * Checks that every part is present.
     *
     * @param product      the product's tag
     * @param env          the env
     * @param tag          the session tag
     * @param maxStaleness how long the verifier reuses an answer
     */
    public FleetScope {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(maxStaleness, "maxStaleness");
    }
}
