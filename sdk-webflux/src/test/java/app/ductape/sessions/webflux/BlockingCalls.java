package app.ductape.sessions.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;

/**
 * BlockHound, installed once in the test JVM when JUnit first creates this extension: every blocking call (a
 * park, a socket or file read, a sleep) made on a thread that must not block (Netty's event loops, Reactor's
 * parallel scheduler) whose nearest {@code app.ductape.sessions} frame is SDK code, not a test's, is recorded
 * and fails with a {@link BlockingOperationError}; after each test, none may have been recorded. Blocking
 * calls in Spring's or Netty's own code are left to them (BlockHound's integrations already allow theirs).
 * The JVM needs {@code -XX:+AllowRedefinitionToAddDeleteMethods}.
 */
public final class BlockingCalls implements AfterEachCallback {
    /** The JUnit tag of the tests that run in a build's WebFlux JVM (Reactor Netty, no Tomcat, BlockHound). */
    public static final String GROUP = "webflux-application";

    private static final List<String> IN_SDK = new CopyOnWriteArrayList<>();
    private static final String SDK = "app.ductape.sessions.";

    static {
        // install(...) adds Reactor's and Netty's integrations (which threads must not block); builder() would not
        BlockHound.install(builder -> builder.blockingMethodCallback(method -> {
            String sdkFrame = nearestSdkFrame(new Throwable().getStackTrace());
            if (sdkFrame != null) {
                IN_SDK.add(method + " on " + Thread.currentThread().getName() + " from " + sdkFrame);
                throw new BlockingOperationError(method);
            }
        }));
    }

    /** The extension; JUnit creates it ({@code @ExtendWith(BlockingCalls.class)}). */
    public BlockingCalls() {}

    /** The SDK frame nearest the blocking call, or null when the nearest of ours is a test's. */
    private static String nearestSdkFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(SDK) && !frame.getClassName().startsWith(BlockingCalls.class.getName())) {
                return isTestCode(frame.getClassName()) ? null : frame.toString();
            }
        }
        return null;
    }

    /** Whether the class was compiled from a test source tree (target/test-classes, or a test jar). */
    private static boolean isTestCode(String className) {
        try {
            CodeSource source = Class.forName(className, false, BlockingCalls.class.getClassLoader())
                .getProtectionDomain().getCodeSource();
            String location = source == null ? "" : source.getLocation().toString();
            return location.contains("test-classes") || location.endsWith("-tests.jar");
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The blocking calls recorded since the last drain, which forgets them.
     *
     * @return each call, its thread and the SDK frame nearest it
     */
    public static List<String> drain() {
        List<String> recorded = new ArrayList<>(IN_SDK);
        IN_SDK.removeAll(recorded);
        return recorded;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(drain()).as("blocking calls on an event loop in SDK code").isEmpty();
    }
}
