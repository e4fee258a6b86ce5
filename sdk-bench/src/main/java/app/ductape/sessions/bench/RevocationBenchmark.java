package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * B7 revocation: what forgetting one revoked session costs a {@link SessionVerifier} holding
 * {@code entries} valid answers, each of its own session (a revocation runs on the thread that read its
 * response: OkHttp's dispatcher for {@code async()}). One shot forgets {@code revoked} sessions one by one;
 * before each shot they are verified again, so that every revocation has an answer to forget. The baseline
 * is what the verifier did before its index: one scan of the whole cache per revocation, here over a
 * Caffeine cache of the same size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RevocationBenchmark {
    @Param("100000")
    public int entries;

    @Param("1000")
    public int revoked;

    private DuctapeEmulator emulator;
    private SessionsService sessions;
    private SessionVerifier verifier;
    private List<StartSessionResult> started;
    private Cache<Integer, String> scanned;

    @Setup(Level.Trial)
    public void setUp() {
        emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
        sessions = emulator.sessionsServiceBuilder().build();
        verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(Duration.ofHours(1))
            .maxEntries(entries + revoked).followRevocations(false).build();
        started = new ArrayList<>(entries);
        for (int from = 0; from < entries; from += 256) {
            List<CompletableFuture<StartSessionResult>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(entries, from + 256); i++) {
                batch.add(sessions.async().start(StartSessionOptions.builder().tag("user-session")
                    .data(Map.of("email", "user" + i + "@example.com")).build()));
            }
            batch.forEach(future -> started.add(future.join()));
        }
        started.parallelStream().forEach(s -> verifier.verify(s.token()));
        scanned = Caffeine.newBuilder().maximumSize(entries + revoked).build();
        for (int i = 0; i < entries; i++) {
            scanned.put(i, started.get(i).sessionId());
        }
    }

    /** The answers the next shot forgets are cached again (misses against the emulator). */
    @Setup(Level.Iteration)
    public void cacheTheRevokedAgain() {
        started.subList(0, revoked).parallelStream().forEach(s -> verifier.verify(s.token()));
        for (int i = 0; i < revoked; i++) {
            scanned.put(i, started.get(i).sessionId());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        verifier.close();
        sessions.close();
        emulator.close();
    }

    /** {@code revoked} revocations through the verifier's index. */
    @Benchmark
    public long sdk() {
        for (int i = 0; i < revoked; i++) {
            verifier.invalidateSession(started.get(i).sessionId());
        }
        return verifier.stats().invalidations();
    }

    /** {@code revoked} revocations as a scan of every entry for the session's answers, as before the index. */
    @Benchmark
    public long scan() {
        long forgotten = 0;
        for (int i = 0; i < revoked; i++) {
            String session = started.get(i).sessionId();
            for (Map.Entry<Integer, String> entry : scanned.asMap().entrySet()) {
                if (entry.getValue().equals(session) && scanned.asMap().remove(entry.getKey(), entry.getValue())) {
                    forgotten++;
                }
            }
        }
        return forgotten;
    }
}
