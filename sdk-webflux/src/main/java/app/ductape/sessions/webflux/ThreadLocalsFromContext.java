package app.ductape.sessions.webflux;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.function.Supplier;
import reactor.util.context.ContextView;

/**
 * Runs the filter's verification with the thread locals that the request's Reactor context carries, such as the
 * request's server span, so that a tracer of the verifier (and of its Ductape call) sees it as the current span.
 * A tracing library keeps a WebFlux request's span in the Reactor context, not in a thread local, while the
 * verifier's tracer reads the current thread's: Micrometer's context-propagation, which Spring's tracing
 * registers its thread locals with (Spring Boot's OpenTelemetry support among them), copies one to the other
 * for the verification's synchronous part and puts back what was there. Without that library on the class
 * path (an application without Micrometer), the verification runs as it is.
 */
final class ThreadLocalsFromContext {
    private static final boolean PRESENT = present("io.micrometer.context.ContextSnapshotFactory");

    private ThreadLocalsFromContext() {}

    static <T> T within(ContextView context, Supplier<T> action) {
        if (!PRESENT || context.isEmpty()) {
            return action.get();
        }
        return Restoring.within(context, action);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ThreadLocalsFromContext.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when context-propagation is on the class path. */
    private static final class Restoring {
        // the global registry: the accessors the application's libraries registered (ServiceLoader, or in code)
        private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

        static <T> T within(ContextView context, Supplier<T> action) {
            try (ContextSnapshot.Scope ignored = SNAPSHOTS.setThreadLocalsFrom(context)) {
                return action.get();
            }
        }
    }
}
