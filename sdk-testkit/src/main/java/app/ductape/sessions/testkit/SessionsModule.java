package app.ductape.sessions.testkit;

import static app.ductape.sessions.testkit.RequestParams.object;
import static app.ductape.sessions.testkit.RequestParams.requiredText;
import static app.ductape.sessions.testkit.RequestParams.text;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.testkit.EmulatorState.When;
import app.ductape.sessions.testkit.Records.Config;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.Records.User;
import app.ductape.sessions.testkit.WireWriter.BodyWriter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * The {@code sessions} module of Ductape's SDK proxy: each allowed method with its positional params, over
 * the same lifecycle, configurations and queries as the REST reads. Methods outside Ductape's published
 * allowlist ({@code docs/mcp-server/modules-and-methods.mdx}) are refused, as Ductape refuses them; allowed
 * ones the emulator does not model answer 501.
 */
final class SessionsModule {
    /** Ductape's allowlist of the sessions module. */
    static final Set<String> ALLOWED = Set.of("create", "update", "list", "fetch", "delete", "users", "start", "verify",
        "refresh", "revoke", "listActive", "revokeAll", "updateData", "extendSession", "fetchUsers",
        "fetchUserDetails", "fetchDashboard", "fetchUserDashboard");

    private final ConfigStore configs;
    private final SessionLifecycle lifecycle;
    private final Queries queries;
    private final Clock clock;

    SessionsModule(Emulation emulation, Clock clock) {
        this.configs = emulation.configs();
        this.lifecycle = emulation.lifecycle();
        this.queries = emulation.queries();
        this.clock = clock;
    }

    /** What {@code sessions.<method>(params...)} answers, as the writer of its result. */
    BodyWriter call(ProxyPayload call) {
        if (!ALLOWED.contains(call.method())) {
            throw new ApiException(403, "METHOD_NOT_ALLOWED", "sessions." + call.method() + " is not an allowed "
                + "method of the SDK proxy");
        }
        return switch (call.method()) {
            case "start" -> start(call.objectParam(0));
            case "verify" -> verify(call.objectParam(0));
            case "refresh" -> refresh(call.objectParam(0));
            case "revoke" -> revoke(call.objectParam(0), false);
            case "revokeAll" -> revoke(call.objectParam(0), true);
            case "listActive" -> listActive(call.objectParam(0));
            case "create" -> create(call.textParam(0, "product"), call.objectParam(1));
            case "update" -> update(call.textParam(0, "product"), call.textParam(1, "tag"), call.objectParam(2));
            case "fetch" -> config(configs.fetch(call.textParam(0, "product"), call.textParam(1, "tag")));
            case "delete" -> {
                configs.delete(call.textParam(0, "product"), call.textParam(1, "tag"));
                yield g -> g.writeBoolean(true);
            }
            case "list" -> {
                var all = configs.list(call.textParam(0, "product"));
                yield g -> EntityWriter.configs(g, all);
            }
            case "users", "fetchUsers" -> users(call.objectParam(0));
            case "fetchUserDetails" -> userDetails(call.objectParam(0));
            default -> throw new ApiException(501, "NOT_EMULATED", "sessions." + call.method() + " is allowed by "
                + "Ductape but not emulated (the SDK reads dashboards over REST)");
        };
    }

    /** The emulator's now, to the millisecond as the wire carries it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private BodyWriter start(JsonNode params) {
        Map<String, Object> data = object(params, "data", false);
        Long expiresIn = null;
        if (params.hasNonNull("expiresIn")) {
            expiresIn = params.get("expiresIn").asLong(0);
            if (expiresIn <= 0) {
                throw ApiException.badRequest("`expiresIn` must be a positive number of seconds");
            }
        }
        StartAnswer answer = lifecycle.start(requiredText(params, "product"), requiredText(params, "tag"),
            requiredText(params, "env"), data, expiresIn, text(params, "cache"), When.live(now()));
        return g -> EntityWriter.startAnswer(g, answer);
    }

    private BodyWriter verify(JsonNode params) {
        SessionLifecycle.Verification verification = lifecycle.verify(requiredText(params, "product"),
            requiredText(params, "tag"), requiredText(params, "env"), requiredText(params, "token"), When.live(now()));
        return g -> EntityWriter.verification(g, verification);
    }

    private BodyWriter refresh(JsonNode params) {
        StartAnswer answer = lifecycle.refresh(requiredText(params, "product"), requiredText(params, "tag"),
            requiredText(params, "env"), requiredText(params, "refreshToken"), When.live(now()));
        return g -> EntityWriter.startAnswer(g, answer);
    }

    private BodyWriter revoke(JsonNode params, boolean all) {
        String sessionId = all ? null : text(params, "sessionId");
        String identifier = text(params, "identifier");
        if (all && identifier == null) {
            throw ApiException.badRequest("`identifier` is required");
        }
        if (!all && (sessionId == null) == (identifier == null)) {
            throw ApiException.badRequest("send exactly one of `sessionId` or `identifier`");
        }
        String kept = all ? text(params, "excludeCurrentSession") : null;
        int revoked = lifecycle.revoke(requiredText(params, "product"), requiredText(params, "tag"),
            requiredText(params, "env"), sessionId, identifier, kept, When.live(now()));
        // revokeAll answers as Ductape's session hooks read it (Jan-Jun 2026); revoke's shape is unpublished
        String count = all ? "revokedCount" : "revoked";
        return g -> {
            g.writeStartObject();
            g.writeNumberField(count, revoked);
            g.writeEndObject();
        };
    }

    private BodyWriter listActive(JsonNode params) {
        Instant now = now();
        Queries.Page<Session> page = queries.listActive(requiredText(params, "product"), requiredText(params, "tag"),
            requiredText(params, "env"), text(params, "identifier"), RequestParams.page(params),
            RequestParams.limit(params), now);
        return g -> EntityWriter.activeSessions(g, page, now);
    }

    private BodyWriter create(String product, JsonNode config) {
        Config created = configs.create(product, ConfigStore.newConfig(requiredText(config, "name"),
            requiredText(config, "tag"), text(config, "description"), requiredText(config, "selector"),
            config.path("expiry").asLong(0), requiredText(config, "period"), object(config, "schema", true)));
        return config(created);
    }

    private BodyWriter update(String product, String tag, JsonNode fields) {
        return config(configs.update(product, tag, config -> change(config, fields)));
    }

    private static BodyWriter config(Config config) {
        return g -> EntityWriter.config(g, config);
    }

    private BodyWriter users(JsonNode params) {
        Queries.Page<User> page = queries.users(requiredText(params, "product"), requiredText(params, "session"),
            text(params, "env"), RequestParams.page(params), RequestParams.limit(params));
        return g -> EntityWriter.users(g, page);
    }

    private BodyWriter userDetails(JsonNode params) {
        User user = queries.userDetails(requiredText(params, "product"), requiredText(params, "session"),
            text(params, "env"), requiredText(params, "identifier"));
        Instant now = now();
        return g -> EntityWriter.userDetails(g, user, now);
    }

    /** {@code config} with the fields the update sets, each checked. */
    private static Config change(Config config, JsonNode fields) {
        if (fields.has("name")) {
            config.name = requiredText(fields, "name");
        }
        if (fields.has("description")) {
            config.description = text(fields, "description");
        }
        if (fields.has("selector")) {
            config.selector = Selector.parse(requiredText(fields, "selector"));
        }
        if (fields.has("expiry")) {
            config.expiry = fields.get("expiry").asLong(0);
            if (config.expiry <= 0) {
                throw ApiException.badRequest("`expiry` must be > 0, but was " + fields.get("expiry"));
            }
        }
        if (fields.has("period")) {
            config.period = ExpiryPeriod.from(requiredText(fields, "period"));
        }
        if (fields.has("schema")) {
            config.schema = object(fields, "schema", true);
        }
        return config;
    }
}
