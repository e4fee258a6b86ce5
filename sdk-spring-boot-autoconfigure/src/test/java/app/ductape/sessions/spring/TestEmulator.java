package app.ductape.sessions.spring;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorCredentials;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The demo emulator a test class talks to, and the properties that point the starter at it; public for the
 * WebFlux applications' tests, which live in a package of their own (so that no servlet test application
 * scans them).
 */
public final class TestEmulator implements AutoCloseable {
    /** The emulator. */
    public final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();

    /**
     * {@code ductape.*} properties for the emulator (its workspace credentials and URL, my-product, production,
     * no retries), with {@code more} added or replacing those of the same name.
     */
    public String[] properties(String... more) {
        EmulatorCredentials credentials = emulator.credentials();
        Map<String, String> all = new LinkedHashMap<>();
        for (String property : new String[] {"ductape.workspace-id=" + credentials.workspaceId(),
            "ductape.public-key=" + credentials.publicKey(), "ductape.user-id=" + credentials.userId(),
            "ductape.token=" + credentials.token(), "ductape.env-type=" + EmulatorCredentials.ENV_TYPE,
            "ductape.base-url=" + emulator.baseUrl(), "ductape.product=" + emulator.defaultProduct().orElseThrow(),
            "ductape.env=" + emulator.defaultEnv().orElseThrow(), "ductape.max-retries=0"}) {
            all.put(property.substring(0, property.indexOf('=')), property);
        }
        for (String property : more) {
            all.put(property.substring(0, property.indexOf('=')), property);
        }
        return all.values().toArray(String[]::new);
    }

    /** The {@link #properties} as a {@code @DynamicPropertySource} adds them. */
    public void register(DynamicPropertyRegistry registry) {
        for (String property : properties()) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    /** A session of {@code user-session} for {@code email}, started through {@code sessions}. */
    public static StartSessionResult login(SessionsService sessions, String email) {
        return sessions.start(loginOptions(email));
    }

    /** The options of {@link #login}. */
    public static StartSessionOptions loginOptions(String email) {
        return StartSessionOptions.builder().tag("user-session").data(Map.of("email", email)).build();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
