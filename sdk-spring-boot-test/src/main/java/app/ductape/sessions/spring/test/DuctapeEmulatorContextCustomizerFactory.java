package app.ductape.sessions.spring.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureDuctapeEmulator} on a test class (or an enclosing one, for {@code @Nested}) and
 * customizes its context with an emulator; registered in {@code META-INF/spring.factories}.
 */
public final class DuctapeEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

    /** Created by Spring's test framework. */
    public DuctapeEmulatorContextCustomizerFactory() {}

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureDuctapeEmulator annotation =
            TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureDuctapeEmulator.class);
        return annotation == null ? null : new DuctapeEmulatorContextCustomizer(annotation.seed());
    }
}
