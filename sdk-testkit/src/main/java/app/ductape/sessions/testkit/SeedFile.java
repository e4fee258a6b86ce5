package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Config;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A seed written by hand as JSON ({@link EmulatorSeed#fromFile}): products with their environments and session
 * configurations, users (the session data of each), their sessions (started some time ago, live, expired or
 * revoked) and activity over time, replayed through the emulator's own lifecycle as of the instant it loads.
 * Every element is checked when the file is read; a bad one is refused with its line, its field and why.
 */
final class SeedFile {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private static final Set<String> OPERATIONS = Set.of("create", "verify", "refresh", "revoke");

    /** A product, its environments and its session configurations. */
    record ProductSpec(String tag, List<String> envs, List<ConfigSpec> sessions) {
        ProductSpec {
            require(tag, "tag");
            envs = envs == null || envs.isEmpty() ? List.of(EmulatorSeed.DEFAULT_ENV) : List.copyOf(envs);
            envs.forEach(env -> require(env, "envs[]"));
            if (sessions == null || sessions.isEmpty()) {
                throw new IllegalArgumentException("`sessions` must declare at least one session configuration");
            }
            sessions = List.copyOf(sessions);
        }
    }

    /** A session configuration, as Ductape's {@code create} takes it. */
    record ConfigSpec(String tag, String name, String description, String selector, Long expiry, String period,
                      Map<String, Object> schema) {
        ConfigSpec {
            require(tag, "tag");
            require(selector, "selector");
            if (expiry == null || expiry <= 0) {
                throw new IllegalArgumentException("`expiry` must be a number > 0, but was " + expiry);
            }
            require(period, "period");
        }
    }

    /** A user of one configuration in one environment: the data its sessions start with. */
    record UserSpec(String id, String product, String session, String env, Map<String, Object> data) {
        UserSpec {
            require(id, "id");
            require(product, "product");
            require(session, "session");
            env = env == null ? EmulatorSeed.DEFAULT_ENV : env;
            if (data == null || data.isEmpty()) {
                throw new IllegalArgumentException("`data` must hold the session data, with the selector's field");
            }
        }
    }

    /** A session of a user, started {@code startedAgo} before the seed loads, revoked {@code revokedAgo} before. */
    record SessionSpec(String user, Duration startedAgo, Duration revokedAgo) {
        SessionSpec {
            require(user, "user");
            requireAgo(startedAgo, "startedAgo");
            if (revokedAgo != null) {
                requireAgo(revokedAgo, "revokedAgo");
                if (revokedAgo.compareTo(startedAgo) > 0) {
                    throw new IllegalArgumentException("`revokedAgo` (" + revokedAgo + ") must be after the start, "
                        + "so no longer ago than `startedAgo` (" + startedAgo + ")");
                }
            }
        }
    }

    /** {@code count} operations of a user's latest session {@code ago} before the seed loads, a second apart. */
    record ActivitySpec(String user, String operation, Duration ago, Integer count, Boolean success) {
        ActivitySpec {
            require(user, "user");
            if (operation == null || !OPERATIONS.contains(operation)) {
                throw new IllegalArgumentException("`operation` must be one of " + OPERATIONS + ", but was " + operation);
            }
            requireAgo(ago, "ago");
            count = count == null ? 1 : count;
            if (count < 1 || count > 10_000) {
                throw new IllegalArgumentException("`count` must be 1 to 10000, but was " + count);
            }
            success = success == null || success;
        }
    }

    /** An element and where it was in the file. */
    record Located<T>(T value, String where) {}

    private final String file;
    private final List<Located<ProductSpec>> products;
    private final Map<String, Located<UserSpec>> users;
    private final List<Located<SessionSpec>> sessions;
    private final List<Located<ActivitySpec>> activity;

    private SeedFile(String file, Map<String, List<Located<?>>> sections) {
        this.file = file;
        this.products = typed(sections.get("products"), ProductSpec.class);
        this.users = new LinkedHashMap<>();
        for (Located<UserSpec> user : typed(sections.get("users"), UserSpec.class)) {
            if (users.put(user.value().id(), user) != null) {
                throw refused(user.where(), "id", "another user has the id '" + user.value().id() + "'");
            }
        }
        this.sessions = typed(sections.get("sessions"), SessionSpec.class);
        this.activity = typed(sections.get("activity"), ActivitySpec.class);
        check();
    }

    /** Reads and checks a seed file. */
    static SeedFile read(Path path) {
        String name = path.toString();
        Map<String, List<Located<?>>> sections = new HashMap<>();
        Map<String, Class<?>> types = Map.of("products", ProductSpec.class, "users", UserSpec.class,
            "sessions", SessionSpec.class, "activity", ActivitySpec.class);
        try (JsonParser parser = JSON.createParser(Files.newBufferedReader(path))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(name + ": a seed file is a JSON object with products, users, "
                    + "sessions and activity");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                JsonLocation at = parser.currentLocation();
                Class<?> type = types.get(section);
                if (type == null) {
                    throw new IllegalArgumentException(where(name, at, section) + ": unknown section; a seed file has "
                        + "products, users, sessions and activity");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException(where(name, at, section) + ": must be an array");
                }
                List<Located<?>> elements = new ArrayList<>();
                for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                    String element = section + "[" + i + "]";
                    String where = where(name, parser.currentTokenLocation(), element);
                    elements.add(new Located<>(element(parser, type, name, element), where));
                }
                sections.put(section, elements);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(name + (at == null ? "" : ", line " + at.getLineNr() + ", column "
                + at.getColumnNr()) + ": not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed file " + name, e);
        }
        return new SeedFile(name, sections);
    }

    /**
     * Reads one element: its fields checked against the record's (Jackson reports a missing value before an
     * unknown field, and a typo is both), then bound; an error names the element's line and the field.
     */
    private static Object element(JsonParser parser, Class<?> type, String file, String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        JsonNode node = JSON.readTree(parser);
        String unknown = unknownField(node, type, path);
        if (unknown != null) {
            throw new IllegalArgumentException(where(file, at, unknown));
        }
        try {
            return JSON.treeToValue(node, type);
        } catch (JsonMappingException e) {
            StringBuilder field = new StringBuilder(path);
            for (JsonMappingException.Reference reference : e.getPath()) {
                field.append(reference.getFieldName() != null ? "." + reference.getFieldName()
                    : "[" + reference.getIndex() + "]");
            }
            Throwable cause = e.getCause() instanceof IllegalArgumentException invalid ? invalid : null;
            String reason = cause != null ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException(where(file, at, field.toString()) + ": " + reason, e);
        }
    }

    /** The first field of {@code node} (or of a nested element) that {@code type} has no component for, said. */
    private static String unknownField(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            return path + ": must be a JSON object";
        }
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                return path + "." + field.getKey() + ": unknown field; " + type.getSimpleName().replace("Spec", "")
                    .toLowerCase(java.util.Locale.ROOT) + " entries have " + components.keySet();
            }
            if (component.getGenericType() instanceof ParameterizedType list && component.getType() == List.class
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                && field.getValue().isArray()) {
                for (int i = 0; i < field.getValue().size(); i++) {
                    String nested = unknownField(field.getValue().get(i), element, path + "." + field.getKey() + "[" + i + "]");
                    if (nested != null) {
                        return nested;
                    }
                }
            }
        }
        return null;
    }

    private static String where(String file, JsonLocation at, String field) {
        return file + (at == null ? "" : ", line " + at.getLineNr()) + ", " + field;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Located<T>> typed(List<Located<?>> elements, Class<T> type) {
        List<Located<T>> typed = new ArrayList<>();
        if (elements != null) {
            elements.forEach(element -> typed.add((Located<T>) element));
        }
        return List.copyOf(typed);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("`" + field + "` is required");
        }
    }

    private static void requireAgo(Duration ago, String field) {
        if (ago == null || ago.isNegative()) {
            throw new IllegalArgumentException("`" + field + "` must be an ISO-8601 duration >= 0, such as PT2H or P3D, "
                + "but was " + ago);
        }
    }

    private static IllegalArgumentException refused(String where, String field, String reason) {
        return new IllegalArgumentException(where + "." + field + ": " + reason);
    }

    /** What the elements name exists: products and configurations once each, users' configurations, sessions' users. */
    private void check() {
        if (products.isEmpty()) {
            throw new IllegalArgumentException(file + ": a seed file declares at least one product");
        }
        Map<String, ProductSpec> byTag = new HashMap<>();
        for (Located<ProductSpec> product : products) {
            if (byTag.put(product.value().tag(), product.value()) != null) {
                throw refused(product.where(), "tag", "another product has the tag '" + product.value().tag() + "'");
            }
            Set<String> tags = new LinkedHashSet<>();
            for (ConfigSpec config : product.value().sessions()) {
                if (!tags.add(config.tag())) {
                    throw refused(product.where(), "sessions", "two configurations have the tag '" + config.tag() + "'");
                }
            }
        }
        for (Located<UserSpec> user : users.values()) {
            ProductSpec product = byTag.get(user.value().product());
            if (product == null) {
                throw refused(user.where(), "product", "no product '" + user.value().product() + "'; there are "
                    + byTag.keySet());
            }
            if (product.sessions().stream().noneMatch(config -> config.tag().equals(user.value().session()))) {
                throw refused(user.where(), "session", "product '" + product.tag() + "' has no session configuration '"
                    + user.value().session() + "'");
            }
            if (!product.envs().contains(user.value().env())) {
                throw refused(user.where(), "env", "product '" + product.tag() + "' has no environment '"
                    + user.value().env() + "'; it has " + product.envs());
            }
        }
        sessions.forEach(session -> requireUser(session.where(), session.value().user()));
        activity.forEach(operation -> requireUser(operation.where(), operation.value().user()));
    }

    private void requireUser(String where, String user) {
        if (!users.containsKey(user)) {
            throw refused(where, "user", "no user '" + user + "'; there are " + users.keySet());
        }
    }

    @Override
    public String toString() {
        return file + ": " + products.size() + " products, " + users.size() + " users, " + sessions.size()
            + " sessions, " + activity.size() + " activity entries";
    }

    String product() {
        return products.get(0).value().tag();
    }

    String env() {
        return products.get(0).value().envs().get(0);
    }

    Set<String> environments() {
        Set<String> all = new LinkedHashSet<>();
        products.forEach(product -> all.addAll(product.value().envs()));
        return all;
    }

    /** Creates the configurations, then replays every session and operation in the order of their instants. */
    void applyTo(Emulation emulation, Instant now) {
        for (Located<ProductSpec> product : products) {
            for (ConfigSpec spec : product.value().sessions()) {
                Map<String, Object> schema = spec.schema() != null ? spec.schema() : users.values().stream()
                    .map(Located::value).filter(user -> user.product().equals(product.value().tag())
                        && user.session().equals(spec.tag())).map(UserSpec::data).findFirst().orElse(Map.of());
                try {
                    Config config = ConfigStore.newConfig(spec.name() != null ? spec.name() : spec.tag(), spec.tag(),
                        spec.description() != null ? spec.description() : "", spec.selector(), spec.expiry(),
                        spec.period(), schema);
                    emulation.configs().create(product.value().tag(), config);
                } catch (IllegalArgumentException | ApiException e) {
                    throw refused(product.where(), "sessions", "configuration '" + spec.tag() + "': " + e.getMessage()
                        + (spec.schema() == null ? " (its schema is its first user's data; give `schema` or a user)" : ""));
                }
            }
        }
        new SeedReplay(emulation.lifecycle(), now, users).run(sessions, activity);
    }
}
