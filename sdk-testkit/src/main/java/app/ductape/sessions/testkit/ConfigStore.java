package app.ductape.sessions.testkit;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.testkit.Records.Config;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Session configurations: create (409 on a duplicate tag), list in creation order, fetch, update, delete. */
final class ConfigStore {
    private final EmulatorState state;

    ConfigStore(EmulatorState state) {
        this.state = state;
    }

    /** A configuration checked as the server checks it: a selector whose path the schema fills, a positive expiry. */
    static Config newConfig(String name, String tag, String description, String selector, long expiry, String period,
                            Map<String, Object> schema) {
        Selector parsed = Selector.parse(selector);
        if (expiry <= 0) {
            throw new IllegalArgumentException("`expiry` must be > 0, but was " + expiry);
        }
        Config config = new Config(name, tag, description, parsed, expiry, ExpiryPeriod.from(period), schema);
        parsed.requireIdentifierIn(schema);
        return config;
    }

    Config create(String product, Config config) {
        return state.write(() -> {
            Map<String, Config> ofProduct = state.configs.computeIfAbsent(product, p -> new LinkedHashMap<>());
            if (ofProduct.containsKey(config.tag)) {
                throw new ApiException(409, "CONFIG_EXISTS",
                    "Session config '" + config.tag + "' already exists in product '" + product + "'");
            }
            ofProduct.put(config.tag, config);
            return config;
        });
    }

    List<Config> list(String product) {
        return state.read(() -> new ArrayList<>(state.configs.getOrDefault(product, Map.of()).values()));
    }

    Config fetch(String product, String tag) {
        return state.read(() -> state.config(product, tag));
    }

    /** Applies {@code change} to a copy of the stored config, checks the result as a whole, then stores it. */
    Config update(String product, String tag, UnaryOperator<Config> change) {
        return state.write(() -> {
            Config c = state.config(product, tag);
            Config updated = change.apply(new Config(c.name, c.tag, c.description, c.selector, c.expiry, c.period,
                c.schema));
            updated.selector.requireIdentifierIn(updated.schema);
            state.configs.get(product).put(tag, updated);
            return updated;
        });
    }

    void delete(String product, String tag) {
        state.write(() -> {
            state.config(product, tag);
            return state.configs.get(product).remove(tag);
        });
    }
}
