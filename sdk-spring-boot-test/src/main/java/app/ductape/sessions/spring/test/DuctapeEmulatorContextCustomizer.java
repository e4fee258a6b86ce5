package app.ductape.sessions.spring.test;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorCredentials;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts one emulator for a context being created, points the {@code ductape.*} connection properties at it
 * ahead of every other property source, and registers it as the bean {@value #BEAN_NAME}, stopped with the
 * context (or when its refresh fails). Equal for equal seeds, so that Spring's context cache shares contexts.
 */
final class DuctapeEmulatorContextCustomizer implements ContextCustomizer {
    static final String BEAN_NAME = "ductapeEmulator";
    static final String PROPERTY_SOURCE = "ductapeEmulator";
    static final String SEED_PROPERTY = "ductape.emulator.seed";

    private final String seed;

    DuctapeEmulatorContextCustomizer(String seed) {
        this.seed = seed;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String name = seed.isBlank() ? environment.getProperty(SEED_PROPERTY, "demo") : seed;
        EmulatorSeed chosen;
        try {
            chosen = EmulatorSeed.named(name.trim()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("@AutoConfigureDuctapeEmulator: " + (seed.isBlank() ? SEED_PROPERTY
                : "seed") + " is '" + name + "': " + e.getMessage(), e);
        }
        DuctapeEmulator emulator = DuctapeEmulator.builder().seed(chosen).start();
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
            properties(emulator, environment)));
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, emulator);
        // destroyed with the context's singletons: on close, and when its refresh fails
        ((DefaultSingletonBeanRegistry) beans).registerDisposableBean(BEAN_NAME, emulator::close);
    }

    /** The connection properties, and the seed's product and env where the application names none. */
    private static Map<String, Object> properties(DuctapeEmulator emulator, ConfigurableEnvironment environment) {
        EmulatorCredentials credentials = emulator.credentials();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ductape.base-url", emulator.baseUrl());
        properties.put("ductape.workspace-id", credentials.workspaceId());
        properties.put("ductape.public-key", credentials.publicKey());
        properties.put("ductape.user-id", credentials.userId());
        properties.put("ductape.token", credentials.token());
        properties.put("ductape.env-type", EmulatorCredentials.ENV_TYPE);
        // the workspace credentials above, not an access key the application's properties may hold
        properties.put("ductape.access-key", "");
        emulator.defaultProduct().filter(product -> !environment.containsProperty("ductape.product"))
            .ifPresent(product -> properties.put("ductape.product", product));
        emulator.defaultEnv().filter(env -> !environment.containsProperty("ductape.env"))
            .ifPresent(env -> properties.put("ductape.env", env));
        return properties;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DuctapeEmulatorContextCustomizer that && seed.equals(that.seed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(DuctapeEmulatorContextCustomizer.class, seed);
    }

    @Override
    public String toString() {
        return "DuctapeEmulatorContextCustomizer[seed=" + (seed.isBlank() ? "${" + SEED_PROPERTY + ":demo}" : seed) + "]";
    }
}
