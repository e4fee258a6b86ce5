package app.ductape.sessions;

import java.util.Optional;

/**
 * The product and environment a {@link SessionsService} uses when an options object names none (as
 * {@code new Ductape({ product, env })}).
 *
 * @param product the default product's tag, when set
 * @param env     the default environment, when set
 */
public record ClientDefaults(Optional<String> product, Optional<String> env) {

    /**
     * Defaults; absent values read as empty.
     *
     * @param product the default product's tag, when set
     * @param env     the default environment, when set
     */
    public ClientDefaults {
        product = product == null ? Optional.empty() : product;
        env = env == null ? Optional.empty() : env;
    }
}
