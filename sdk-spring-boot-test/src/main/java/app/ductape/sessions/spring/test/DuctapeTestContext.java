package app.ductape.sessions.spring.test;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Keeps the application context of the test method running on this thread, for the helpers that have no
 * other way to it ({@link DuctapeTestSessions#webSession}, {@link DuctapeTestSessions#headers}); only for a
 * context with an emulator. Registered in {@code META-INF/spring.factories}.
 */
public final class DuctapeTestContext extends AbstractTestExecutionListener {
    private static final ThreadLocal<ApplicationContext> CURRENT = new ThreadLocal<>();

    /** Created by Spring's test framework. */
    public DuctapeTestContext() {}

    /** Set before Spring Security's listeners (10000 and up) and Mockito's, after dependency injection. */
    @Override
    public int getOrder() {
        return 5_000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()
            && testContext.getApplicationContext().containsBean(DuctapeEmulatorContextCustomizer.BEAN_NAME)) {
            CURRENT.set(testContext.getApplicationContext());
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        CURRENT.remove();
    }

    /** The current test method's context, or a failure that says what is missing. */
    static ApplicationContext current() {
        ApplicationContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("No Spring test with @AutoConfigureDuctapeEmulator is running on this "
                + "thread: DuctapeTestSessions starts sessions on that test's emulator, from the test method's thread");
        }
        return context;
    }
}
