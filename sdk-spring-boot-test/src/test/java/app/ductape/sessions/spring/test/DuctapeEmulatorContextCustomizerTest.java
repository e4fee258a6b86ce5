package app.ductape.sessions.spring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.testkit.DuctapeEmulator;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;

/**
 * The emulator of a context: one per context, equal customizers for equal seeds (Spring's context cache keys
 * on them), stopped when the context closes or fails to start, and a bad seed refused by name.
 */
class DuctapeEmulatorContextCustomizerTest {
    private final DuctapeEmulatorContextCustomizerFactory factory = new DuctapeEmulatorContextCustomizerFactory();

    @AutoConfigureDuctapeEmulator
    static class Demo {}

    @AutoConfigureDuctapeEmulator
    static class AlsoDemo {}

    @AutoConfigureDuctapeEmulator(seed = "none")
    static class Empty {}

    static class Without {}

    @AutoConfigureDuctapeEmulator
    static class Outer {
        @Nested
        class Inner {}
    }

    private static boolean listening(DuctapeEmulator emulator) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", emulator.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void testClassesWithTheSameSeedGetEqualCustomizersSoTheirContextIsCachedOnce() {
        ContextCustomizer demo = factory.createContextCustomizer(Demo.class, List.of());

        assertThat(demo).isEqualTo(factory.createContextCustomizer(AlsoDemo.class, List.of()))
            .hasSameHashCodeAs(factory.createContextCustomizer(AlsoDemo.class, List.of()))
            .isNotEqualTo(factory.createContextCustomizer(Empty.class, List.of()));
        assertThat(factory.createContextCustomizer(Without.class, List.of())).isNull();
        assertThat(factory.createContextCustomizer(Outer.Inner.class, List.of())).isEqualTo(demo);
    }

    @Test
    void theEmulatorIsABeanOfTheContextAndStopsWithIt() {
        DuctapeEmulator emulator;
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            factory.createContextCustomizer(Empty.class, List.of()).customizeContext(context, null);
            context.refresh();
            emulator = context.getBean(DuctapeEmulator.class);

            assertThat(listening(emulator)).isTrue();
            assertThat(emulator.defaultProduct()).as("seed none").isEmpty();
            assertThat(context.getEnvironment().getProperty("ductape.base-url")).isEqualTo(emulator.baseUrl());
        }
        assertThat(listening(emulator)).isFalse();
    }

    @Test
    void aContextThatFailsToStartStopsItsEmulator() {
        GenericApplicationContext context = new GenericApplicationContext();
        factory.createContextCustomizer(Empty.class, List.of()).customizeContext(context, null);
        DuctapeEmulator emulator = context.getBeanFactory().getBean(DuctapeEmulator.class);
        context.registerBean("broken", Object.class, () -> {
            throw new IllegalStateException("the application's bean fails");
        });

        assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class);
        assertThat(listening(emulator)).isFalse();
    }

    @Test
    void theSeedPropertyChoosesTheDataAndABadOneIsRefusedByName() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                java.util.Map.of("ductape.emulator.seed", "7:5:40:3")));
            factory.createContextCustomizer(Demo.class, List.of()).customizeContext(context, null);
            context.refresh();
            assertThat(context.getBean(DuctapeEmulator.class).defaultProduct()).contains("my-product");
        }
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                java.util.Map.of("ductape.emulator.seed", "demo-data")));
            assertThatThrownBy(() -> factory.createContextCustomizer(Demo.class, List.of())
                .customizeContext(context, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ductape.emulator.seed is 'demo-data'");
        }
    }

    @Test
    void theApplicationsProductAndEnvAreKeptAndTheSeedsFillTheirAbsence() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("app",
                java.util.Map.of("ductape.product", "shop")));
            factory.createContextCustomizer(Demo.class, List.of()).customizeContext(context, null);
            context.refresh();

            assertThat(context.getEnvironment().getProperty("ductape.product")).isEqualTo("shop");
            assertThat(context.getEnvironment().getProperty("ductape.env")).isEqualTo("production");
        }
    }

    @Test
    void aHelperOutsideASpringTestSaysWhatIsMissing() {
        assertThatThrownBy(() -> DuctapeTestSessions.token(java.util.Map.of("email", "ada@example.com")))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("@AutoConfigureDuctapeEmulator");
    }
}
