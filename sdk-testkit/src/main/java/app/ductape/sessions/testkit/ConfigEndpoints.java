package app.ductape.sessions.testkit;

import static app.ductape.sessions.testkit.RequestParams.body;
import static app.ductape.sessions.testkit.RequestParams.object;
import static app.ductape.sessions.testkit.RequestParams.requiredText;
import static app.ductape.sessions.testkit.RequestParams.text;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.testkit.Records.Config;
import com.fasterxml.jackson.databind.JsonNode;

/** {@code /v1/products/{product}/session-configs[/{tag}]}: create, list, fetch, update (PATCH), delete. */
final class ConfigEndpoints {
    private static final String CONFIGS = "v1/products/{product}/session-configs";
    private static final String CONFIG = CONFIGS + "/{tag}";

    private ConfigEndpoints() {}

    static void register(Routes routes, ConfigStore configs) {
        routes.add("GET", CONFIGS, (request, path) -> WireWriter.ok(g -> WireWriter.configs(g,
                configs.list(path.get("product")))))
            .add("POST", CONFIGS, (request, path) -> {
                JsonNode body = body(request);
                Config config = ConfigStore.newConfig(requiredText(body, "name"), requiredText(body, "tag"),
                    text(body, "description"), requiredText(body, "selector"), body.path("expiry").asLong(0),
                    requiredText(body, "period"), object(body, "schema", true));
                Config created = configs.create(path.get("product"), config);
                return WireWriter.ok(g -> WireWriter.config(g, created));
            })
            .add("GET", CONFIG, (request, path) -> {
                Config config = configs.fetch(path.get("product"), path.get("tag"));
                return WireWriter.ok(g -> WireWriter.config(g, config));
            })
            .add("PATCH", CONFIG, (request, path) -> {
                JsonNode body = body(request);
                Config updated = configs.update(path.get("product"), path.get("tag"), config -> change(config, body));
                return WireWriter.ok(g -> WireWriter.config(g, updated));
            })
            .add("DELETE", CONFIG, (request, path) -> {
                configs.delete(path.get("product"), path.get("tag"));
                return WireWriter.okWithoutData();
            });
    }

    /** {@code config} with the fields the PATCH body sets, each checked. */
    private static Config change(Config config, JsonNode body) {
        if (body.has("name")) {
            config.name = requiredText(body, "name");
        }
        if (body.has("description")) {
            config.description = text(body, "description");
        }
        if (body.has("selector")) {
            config.selector = Selector.parse(requiredText(body, "selector"));
        }
        if (body.has("expiry")) {
            config.expiry = body.get("expiry").asLong(0);
            if (config.expiry <= 0) {
                throw ApiException.badRequest("`expiry` must be > 0, but was " + body.get("expiry"));
            }
        }
        if (body.has("period")) {
            config.period = ExpiryPeriod.from(requiredText(body, "period"));
        }
        if (body.has("schema")) {
            config.schema = object(body, "schema", true);
        }
        return config;
    }
}
