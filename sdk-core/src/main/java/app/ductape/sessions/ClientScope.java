package app.ductape.sessions;

import java.util.Optional;

/**
 * The product and environment a client uses when an options object names none (as
 * {@code new Ductape({ product, env })}), and the rule that fills them in: the options' value, else the
 * client's, else, where the call needs one, an {@link IllegalArgumentException} naming the setting.
 */
final class ClientScope {
    private final String product;
    private final String env;

    ClientScope(String product, String env) {
        this.product = product;
        this.env = env;
    }

    ClientDefaults defaults() {
        return new ClientDefaults(Optional.ofNullable(product), Optional.ofNullable(env));
    }

    /** The product of a call: the options', else the client's; required. */
    String product(String fromOptions) {
        String chosen = fromOptions != null ? fromOptions : product;
        if (chosen == null) {
            throw new IllegalArgumentException("`product` is required, but was not set: set it on the options or "
                + "as the client default with builder().product(...) (or DUCTAPE_PRODUCT with fromEnv())");
        }
        return chosen;
    }

    /** The environment filter of a read: the options', else the client's; {@code null} for every environment. */
    String env(String fromOptions) {
        return fromOptions != null ? fromOptions : env;
    }

    /** The environment of a lifecycle call: the options', else the client's; required. */
    String requiredEnv(String fromOptions) {
        String chosen = env(fromOptions);
        if (chosen == null) {
            throw new IllegalArgumentException("`env` is required, but was not set: set it on the options or as the "
                + "client default with builder().env(...) (or DUCTAPE_ENV with fromEnv())");
        }
        return chosen;
    }

    @Override
    public String toString() {
        return "product=" + product + ", env=" + env;
    }
}
