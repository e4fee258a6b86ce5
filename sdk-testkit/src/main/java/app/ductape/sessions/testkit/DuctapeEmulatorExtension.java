package app.ductape.sessions.testkit;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionsService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives a test class its own {@link DuctapeEmulator}, on a {@link MutableClock},
 * with a client of it, stopped after the class. Test methods, lifecycle methods and constructors receive the
 * {@code DuctapeEmulator}, a {@code SessionsService}, a {@code Ductape} and the {@code MutableClock} as
 * parameters.
 *
 * <pre>{@code
 * @ExtendWith(DuctapeEmulatorExtension.class)            // an empty emulator
 * class CheckoutTest {
 *     @Test
 *     void startsASession(SessionsService sessions) { ... }
 * }
 *
 * class ReportTest {
 *     @RegisterExtension
 *     static final DuctapeEmulatorExtension DUCTAPE = DuctapeEmulatorExtension.builder()
 *         .seed(EmulatorSeed.demo()).clock(Instant.parse("2026-01-05T12:00:00Z")).build();
 *
 *     @Test
 *     void expires(SessionsService sessions, MutableClock clock) { ... clock.advance(Duration.ofDays(2)); ... }
 * }
 * }</pre>
 *
 * <p>Before each test method the emulator goes back to its seed ({@link DuctapeEmulator#reset()}: the
 * sessions, configurations and activity of earlier tests are gone, and so are pending faults) and the clock
 * to where the class began, so that no test leaks into the next; {@link Builder#keepStateBetweenTests()}
 * keeps them instead, for a class whose tests build on each other. Under JUnit's parallel execution each
 * class has its own emulator, and the methods of one class that resets between tests run one at a time
 * (each holds the class's emulator from its reset to its end). Needs {@code junit-jupiter-api} on the test
 * class path, as every JUnit 5 test has it.
 */
public final class DuctapeEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(DuctapeEmulatorExtension.class);
    private static final Set<Class<?>> RESOLVED = Set.of(DuctapeEmulator.class, SessionsService.class,
        Ductape.class, MutableClock.class);

    private final EmulatorSeed seed;
    private final Instant start;
    private final boolean keepState;

    /** An empty emulator per class, reset before each test: what {@code @ExtendWith} makes. */
    public DuctapeEmulatorExtension() {
        this(new Builder());
    }

    private DuctapeEmulatorExtension(Builder builder) {
        this.seed = builder.seed;
        this.start = builder.start;
        this.keepState = builder.keepState;
    }

    /**
     * A builder, for {@code @RegisterExtension}: no seed, the clock at the instant the class begins, reset
     * between tests.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulation(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (keepState) {
            return;
        }
        ClassEmulation emulation = emulation(context);
        emulation.turn.acquireUninterruptibly();
        context.getStore(NAMESPACE).put(Semaphore.class, emulation.turn);
        emulation.clock.set(emulation.startedAt);
        emulation.emulator.reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // released only by the method that took it (its before-each may not have run, or not got so far)
        Semaphore taken = context.getStore(NAMESPACE).remove(Semaphore.class, Semaphore.class);
        if (taken != null) {
            taken.release();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ClassEmulation emulation = emulation(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == DuctapeEmulator.class) {
            return emulation.emulator;
        }
        if (type == SessionsService.class) {
            return emulation.sessions();
        }
        if (type == Ductape.class) {
            return emulation.ductape();
        }
        if (type == MutableClock.class) {
            return emulation.clock;
        }
        throw new ParameterResolutionException("DuctapeEmulatorExtension cannot supply a " + type.getName());
    }

    /**
     * The emulator of the test class {@code context} belongs to, started on first use: a nested class uses
     * its enclosing class's (the store looks there first).
     */
    private ClassEmulation emulation(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(ClassEmulation.class,
            ignored -> new ClassEmulation(this), ClassEmulation.class);
    }

    @Override
    public String toString() {
        return "DuctapeEmulatorExtension[seed=" + seed + ", clock=" + (start == null ? "the class's start" : start)
            + (keepState ? ", state kept between tests" : ", reset between tests") + "]";
    }

    /**
     * One test class's emulator, its clock and its clients; closed by JUnit with the class's store (as an
     * {@code AutoCloseable} by JUnit 6, as a {@code CloseableResource} by JUnit 5).
     */
    @SuppressWarnings("deprecation")
    private static final class ClassEmulation implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final MutableClock clock;
        final Instant startedAt;
        final DuctapeEmulator emulator;
        /** Held by a test method from its reset to its end, when the state is reset between tests. */
        final Semaphore turn = new Semaphore(1);
        private SessionsService sessions;
        private Ductape ductape;
        private boolean closed;

        ClassEmulation(DuctapeEmulatorExtension settings) {
            this.startedAt = settings.start != null ? settings.start : Instant.now().truncatedTo(ChronoUnit.MILLIS);
            this.clock = MutableClock.at(startedAt);
            this.emulator = DuctapeEmulator.builder().clock(clock).seed(settings.seed).start();
        }

        synchronized SessionsService sessions() {
            if (sessions == null) {
                sessions = emulator.newSessionsService();
            }
            return sessions;
        }

        synchronized Ductape ductape() {
            if (ductape == null) {
                ductape = emulator.newDuctape();
            }
            return ductape;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try (emulator) {
                if (ductape != null) {
                    ductape.close();
                }
                if (sessions != null) {
                    sessions.close();
                }
            }
        }
    }

    /** Builds a {@link DuctapeEmulatorExtension}. */
    public static final class Builder {
        private EmulatorSeed seed;
        private Instant start;
        private boolean keepState;

        private Builder() {}

        /**
         * The data each test begins with, such as {@link EmulatorSeed#demo()} (default: none).
         *
         * @param seed the seed
         * @return this builder
         * @throws NullPointerException when {@code seed} is null
         */
        public Builder seed(EmulatorSeed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /**
         * Where the emulator's {@link MutableClock} stands when the class begins, and again before each test
         * (default: the instant the class begins).
         *
         * @param start the instant
         * @return this builder
         * @throws NullPointerException when {@code start} is null
         */
        public Builder clock(Instant start) {
            this.start = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * Keeps the emulator's state, faults and clock from one test method to the next, for a class whose tests
         * build on each other (default: each test begins from the seed).
         *
         * @return this builder
         */
        public Builder keepStateBetweenTests() {
            this.keepState = true;
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension
         */
        public DuctapeEmulatorExtension build() {
            return new DuctapeEmulatorExtension(this);
        }
    }
}
