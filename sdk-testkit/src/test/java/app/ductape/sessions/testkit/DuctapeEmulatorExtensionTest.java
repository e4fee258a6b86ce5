package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import app.ductape.sessions.Ductape;
import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The extension as a user's test classes meet it, each run by JUnit's own engine (EngineTestKit): what the
 * methods receive, what one test leaves to the next, when the emulator stops, and classes and methods run in
 * parallel. The classes below are run only from here (Surefire leaves nested classes out).
 */
class DuctapeEmulatorExtensionTest {
    private static final Instant START = Instant.parse("2026-01-05T12:00:00Z");
    /** What the classes below saw, by class. */
    private static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forgetWhatEarlierRunsSaw() {
        SEEN.clear();
    }

    private static void saw(Class<?> test, String what) {
        SEEN.computeIfAbsent(test.getSimpleName(), name -> new CopyOnWriteArrayList<>()).add(what);
    }

    /** Runs test classes with JUnit's engine; fails naming each failure's cause; how many tests succeeded. */
    private static long run(EngineTestKit.Builder request) {
        EngineExecutionResults results = request.execute();
        assertThat(results.allEvents().failed().stream()
            .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                .map(Throwable::toString).orElse("?")).toList()).as("failures").isEmpty();
        return results.testEvents().succeeded().count();
    }

    /** Runs one test class; how many of its tests succeeded. */
    private static long run(Class<?> test) {
        return run(EngineTestKit.engine("junit-jupiter").selectors(selectClass(test)));
    }

    private static StartSessionResult start(SessionsService sessions) {
        return sessions.start(StartSessionOptions.builder().product("my-product").env("production").tag("user-session")
            .data(Map.of("email", "ada@example.com")).build());
    }

    private static boolean valid(SessionsService sessions, String token) {
        return sessions.verify(VerifySessionOptions.builder().product("my-product").env("production")
            .tag("user-session").token(token).build()).valid();
    }

    private static boolean listening(String baseUrl) {
        int port = Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An empty emulator through {@code @ExtendWith}: every parameter, here and in a static @BeforeAll. */
    @ExtendWith(DuctapeEmulatorExtension.class)
    static class EveryParameter {
        @BeforeAll
        static void beforeAll(DuctapeEmulator emulator) {
            saw(EveryParameter.class, "beforeAll " + emulator.baseUrl());
        }

        @Test
        void receivesTheEmulatorItsClientsAndItsClock(DuctapeEmulator emulator, SessionsService sessions,
                                                     Ductape ductape, MutableClock clock) {
            saw(EveryParameter.class, "test " + emulator.baseUrl());
            saw(EveryParameter.class, "clock " + (clock == emulator.clock()));
            try {
                valid(sessions, "user-session:unknown");
            } catch (SessionError expected) {
                // an empty emulator has no user-session: the call reached it all the same
            }
            saw(EveryParameter.class, "sessions " + emulator.proxyCalls("verify"));
            saw(EveryParameter.class, "ductape " + (ductape != null));
            saw(EveryParameter.class, "empty " + emulator.defaultProduct().isEmpty());
        }
    }

    @Test
    void aClassWithExtendWithReceivesAnEmptyEmulatorItsClientsAndItsClockStoppedAfterIt() {
        long succeeded = run(EveryParameter.class);

        assertThat(succeeded).isEqualTo(1);
        List<String> seen = SEEN.get("EveryParameter");
        String baseUrl = seen.get(0).substring("beforeAll ".length());
        assertThat(seen).containsExactly("beforeAll " + baseUrl, "test " + baseUrl, "clock true", "sessions 1",
            "ductape true", "empty true");
        assertThat(listening(baseUrl)).as("stopped after the class").isFalse();
    }

    /** Seeded, on a set clock, reset between tests: the second test sees none of what the first did. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class ResetBetweenTests {
        @RegisterExtension
        static final DuctapeEmulatorExtension DUCTAPE = DuctapeEmulatorExtension.builder().seed(EmulatorSeed.demo())
            .clock(START).build();
        static String token;

        @Test
        @Order(1)
        void first(SessionsService sessions, MutableClock clock, DuctapeEmulator emulator) {
            saw(ResetBetweenTests.class, "first clock " + clock.instant());
            token = start(sessions).token();
            saw(ResetBetweenTests.class, "first valid " + valid(sessions, token));
            clock.advance(Duration.ofDays(3));
            emulator.faults().failNext(5, 503);
        }

        @Test
        @Order(2)
        void second(SessionsService sessions, MutableClock clock, DuctapeEmulator emulator) {
            saw(ResetBetweenTests.class, "second clock " + clock.instant());
            saw(ResetBetweenTests.class, "second faults " + emulator.faults().injectedCount());
            saw(ResetBetweenTests.class, "second seed " + emulator.defaultProduct().orElseThrow());
            saw(ResetBetweenTests.class, "second earlier token valid " + valid(sessions, token));
        }
    }

    @Test
    void eachTestBeginsFromTheSeedOnTheClassesClockWithNoFault() {
        long succeeded = run(ResetBetweenTests.class);

        assertThat(succeeded).isEqualTo(2);
        assertThat(SEEN.get("ResetBetweenTests")).containsExactly("first clock " + START, "first valid true",
            "second clock " + START, "second faults 0", "second seed my-product", "second earlier token valid false");
    }

    /** State kept: the second test builds on the first. */
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StateKept {
        @RegisterExtension
        static final DuctapeEmulatorExtension DUCTAPE = DuctapeEmulatorExtension.builder().seed(EmulatorSeed.demo())
            .clock(START).keepStateBetweenTests().build();
        static String token;

        @Test
        @Order(1)
        void first(SessionsService sessions, MutableClock clock) {
            token = start(sessions).token();
            clock.advance(Duration.ofHours(1));
        }

        @Test
        @Order(2)
        void second(SessionsService sessions, MutableClock clock) {
            saw(StateKept.class, "clock " + clock.instant());
            saw(StateKept.class, "valid " + valid(sessions, token));
        }
    }

    @Test
    void keepStateBetweenTestsLetsATestBuildOnTheOneBefore() {
        long succeeded = run(StateKept.class);

        assertThat(succeeded).isEqualTo(2);
        assertThat(SEEN.get("StateKept")).containsExactly("clock " + START.plus(Duration.ofHours(1)), "valid true");
    }

    /** Methods that run concurrently, each starting a session and counting who else is inside. */
    @Execution(ExecutionMode.CONCURRENT)
    abstract static class Concurrent {
        static final AtomicInteger INSIDE = new AtomicInteger();
        static final AtomicInteger MOST_INSIDE = new AtomicInteger();
        static final Set<String> EMULATORS = ConcurrentHashMap.newKeySet();

        void inside(DuctapeEmulator emulator, SessionsService sessions) throws InterruptedException {
            EMULATORS.add(getClass().getSimpleName() + " " + emulator.baseUrl());
            int inside = INSIDE.incrementAndGet();
            MOST_INSIDE.accumulateAndGet(inside, Math::max);
            try {
                start(sessions);
                Thread.sleep(50);
            } finally {
                INSIDE.decrementAndGet();
            }
        }
    }

    static class ConcurrentA extends Concurrent {
        @RegisterExtension
        static final DuctapeEmulatorExtension DUCTAPE = DuctapeEmulatorExtension.builder().seed(EmulatorSeed.demo())
            .build();

        @Test
        void one(DuctapeEmulator emulator, SessionsService sessions) throws InterruptedException {
            inside(emulator, sessions);
        }

        @Test
        void two(DuctapeEmulator emulator, SessionsService sessions) throws InterruptedException {
            inside(emulator, sessions);
        }

        @Test
        void three(DuctapeEmulator emulator, SessionsService sessions) throws InterruptedException {
            inside(emulator, sessions);
        }
    }

    @Test
    void underParallelExecutionEachClassHasItsOwnEmulatorAndAClassesResetTestsTakeTurns() {
        long succeeded = run(EngineTestKit.engine("junit-jupiter").selectors(selectClass(ConcurrentA.class),
                selectClass(EveryParameter.class))
            .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
            .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
            .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
            .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));

        assertThat(succeeded).isEqualTo(4);
        assertThat(Concurrent.EMULATORS).hasSize(1);
        assertThat(Concurrent.MOST_INSIDE.get()).as("one test at a time in the emulator it resets").isEqualTo(1);
        String otherClasses = SEEN.get("EveryParameter").get(0).substring("beforeAll ".length());
        assertThat(Concurrent.EMULATORS.iterator().next()).doesNotEndWith(otherClasses);
    }
}
