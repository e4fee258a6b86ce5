package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.redis.RedisFleet;
import app.ductape.sessions.middleware.redis.RedisServer;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * B12: a cache hit of a verifier attached to a {@link RedisFleet} (on a real redis-server of its own, shared
 * cache on), against B7's floor (the token's SHA-256 plus one map lookup), over {@code tokens} tokens (10,000;
 * 1,000 in the quick smoke).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FleetVerifyBenchmark {
    @Param("10000")
    public int tokens;
    private static final byte[] ANSWER_KEY = "the-answer-key-of-the-benchmark-32b".getBytes(StandardCharsets.UTF_8);
    private RedisServer redis;
    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private SessionVerifier verifier;
    private String[] issued;
    private VerifyBenchmark.DigestAndLookup floor;

    /** Where one thread is among the tokens. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;
        private int size;

        @Setup(Level.Trial)
        public void setUp(FleetVerifyBenchmark benchmark) {
            size = benchmark.tokens;
        }

        int next() {
            next = next + 1 == size ? 0 : next + 1;
            return next;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        redis = RedisServer.start();
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().build();
        verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(Duration.ofHours(1))
            .fleet(RedisFleet.builder(redis.uri()).sharedCache(true).answerKey(ANSWER_KEY).build()).build();
        floor = new VerifyBenchmark.DigestAndLookup();
        issued = new String[tokens];
        for (int i = 0; i < tokens; i++) {
            issued[i] = sessions.start(StartSessionOptions.builder().tag("user-session")
                .data(Map.of("email", "user" + i + "@example.com")).build()).token();
            floor.put(issued[i], verifier.verify(issued[i]));
        }
        if (!verifier.stats().fleet().orElseThrow().isUp()) {
            throw new IllegalStateException("the fleet is not up: " + verifier.stats());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (verifier.stats().misses() != tokens || !verifier.stats().fleet().orElseThrow().isUp()) {
            throw new IllegalStateException("the cache was not warm, or the fleet not up, all along: "
                + verifier.stats());
        }
        verifier.close();
        sessions.close();
        emulator.close();
        redis.close();
    }

    /** A cache hit with the fleet attached. */
    @Benchmark
    public VerifySessionResult cachedWithFleet(Cursor cursor) {
        return verifier.verify(issued[cursor.next()]);
    }

    /** B7's floor, in the same run. */
    @Benchmark
    public VerifySessionResult floor(Cursor cursor) {
        return floor.get(issued[cursor.next()]);
    }
}
