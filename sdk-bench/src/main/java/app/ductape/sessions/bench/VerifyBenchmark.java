package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * B7: verifying a session token through a warm {@link SessionVerifier} vs plain {@code sessions.verify}
 * against the same loopback emulator, and vs the floor of the verifier's design (the token's SHA-256 plus
 * one {@link ConcurrentHashMap} lookup). The cached figures walk a working set of {@code workingSet}
 * tokens: 1 (one user hammering, everything in the CPU's caches) or 10,000 (many users, each lookup a
 * trip to memory).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class VerifyBenchmark {
    @Param("10000")
    public int workingSet;

    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private SessionVerifier verifier;
    private VerifySessionOptions uncachedOptions;
    private String[] tokens;
    private DigestAndLookup floor;

    /** Where one thread is in the working set. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;
        private int size;

        @Setup(Level.Trial)
        public void setUp(VerifyBenchmark benchmark) {
            size = benchmark.workingSet;
        }

        int next() {
            next = next + 1 == size ? 0 : next + 1;
            return next;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().build();
        verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(Duration.ofHours(1)).build();
        floor = new DigestAndLookup();
        tokens = new String[workingSet];
        for (int i = 0; i < workingSet; i++) {
            tokens[i] = sessions.start(StartSessionOptions.builder().tag("user-session")
                .data(Map.of("email", "user" + i + "@example.com")).build()).token();
            floor.put(tokens[i], verifier.verify(tokens[i]));
        }
        uncachedOptions = VerifySessionOptions.builder().tag("user-session").token(tokens[0]).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (verifier.stats().misses() != workingSet) {
            throw new IllegalStateException("the cache was not warm all along: " + verifier.stats());
        }
        verifier.close();
        sessions.close();
        emulator.close();
    }

    /** Plain {@code sessions.verify}: one HTTP round trip to the emulator on loopback. */
    @Benchmark
    public VerifySessionResult uncached() {
        return sessions.verify(uncachedOptions);
    }

    /** A cache hit. */
    @Benchmark
    public VerifySessionResult cached(Cursor cursor) {
        return verifier.verify(tokens[cursor.next()]);
    }

    /** A cache hit through {@code verifyAsync}: an already completed future (B11). */
    @Benchmark
    public CompletableFuture<VerifySessionResult> cachedAsync(Cursor cursor) {
        return verifier.verifyAsync(tokens[cursor.next()]);
    }

    /** A cache hit, timed one by one for its percentiles. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public VerifySessionResult cachedLatency(Cursor cursor) {
        return verifier.verify(tokens[cursor.next()]);
    }

    /** Cache hits per second, run on 1 and on 64 threads. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public VerifySessionResult cachedThroughput(Cursor cursor) {
        return verifier.verify(tokens[cursor.next()]);
    }

    /** The floor: the token's SHA-256 and one map lookup, nothing else. */
    @Benchmark
    public VerifySessionResult floor(Cursor cursor) {
        return floor.get(tokens[cursor.next()]);
    }

    /** The least a cache keyed by a collision-safe digest can do on a hit. */
    static final class DigestAndLookup {
        private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
        private final Map<Key, VerifySessionResult> map = new ConcurrentHashMap<>();

        private record Key(long a, long b, long c, long d) {}

        private static Key key(String token) {
            ByteBuffer digest = ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.ISO_8859_1)));
            return new Key(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
        }

        void put(String token, VerifySessionResult result) {
            map.put(key(token), result);
        }

        VerifySessionResult get(String token) {
            return map.get(key(token));
        }
    }
}
