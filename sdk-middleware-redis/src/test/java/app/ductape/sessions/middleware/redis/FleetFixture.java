package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * A demo emulator, a real Redis, and instances of a service on them, each with its own {@code SessionsService}
 * and verifier (as separate pods would have), plus a plain Redis connection to look at what the fleet stored.
 */
final class FleetFixture implements AutoCloseable {
    static final Duration MAX_STALENESS = Duration.ofSeconds(30);
    /** The answer key every instance of the tests' fleets shares. */
    static final byte[] ANSWER_KEY = "the-fleet-answer-key-of-the-tests-32b".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    final RedisServer redis = RedisServer.start();
    final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
    private final SessionsService starter = emulator.newSessionsService();
    private final RedisClient inspector = RedisClient.create(redis.uri());
    private final StatefulRedisConnection<String, String> inspection = inspector.connect();
    private final List<Instance> instances = new ArrayList<>();

    /** One instance: its client of Ductape and its verifier. */
    record Instance(SessionsService sessions, SessionVerifier verifier) {
    }

    Instance instance(UnaryOperator<RedisFleet.Builder> fleet) {
        SessionsService sessions = emulator.sessionsServiceBuilder().maxRetries(0).build();
        SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session").maxStaleness(MAX_STALENESS)
            .fleet(fleet.apply(RedisFleet.builder(redis.uri())).build()).build();
        Instance instance = new Instance(sessions, verifier);
        instances.add(instance);
        return instance;
    }

    Instance instance() {
        return instance(fleet -> fleet);
    }

    /** An instance that shares its answers, with the tests' answer key. */
    Instance sharing() {
        return instance(fleet -> fleet.sharedCache(true).answerKey(ANSWER_KEY));
    }

    StartSessionResult start(String email) {
        return starter.start(StartSessionOptions.builder().tag("user-session").data(Map.of("email", email)).build());
    }

    long ductapeVerifies() {
        return emulator.proxyCalls("verify");
    }

    RedisCommands<String, String> redisCommands() {
        return inspection.sync();
    }

    /** Waits up to {@code timeout} for a condition the fleet brings about asynchronously. */
    static boolean eventually(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        instances.forEach(instance -> {
            instance.verifier().close();
            instance.sessions().close();
        });
        inspection.close();
        inspector.shutdown();
        starter.close();
        emulator.close();
        redis.close();
    }
}
