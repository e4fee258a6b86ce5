package app.ductape.sessions.middleware.redis;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Three instances of a service, each in its own JVM, against one emulator and one real Redis: what a user of a
 * fleet is promised, with the emulator counting the verifies Ductape served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetProcessesTest {
    private static final long MAX_STALENESS = 30_000;
    private static final long FALLBACK = 1_000;
    private final RedisServer redis = RedisServer.start();
    private final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
    private final SessionsService starter = emulator.newSessionsService();
    private final List<NodeProcess> nodes = new ArrayList<>();
    private NodeProcess a;
    private NodeProcess b;
    private NodeProcess c;

    @BeforeAll
    void startTheFleet() throws Exception {
        a = node();
        b = node();
        c = node();
    }

    private NodeProcess node() throws Exception {
        NodeProcess node = NodeProcess.start(emulator, "redis://127.0.0.1:" + redis.port(), true, MAX_STALENESS,
            FALLBACK);
        nodes.add(node);
        return node;
    }

    @AfterAll
    void stopTheFleet() {
        nodes.forEach(NodeProcess::close);
        starter.close();
        emulator.close();
        redis.close();
    }

    private StartSessionResult start(String email) {
        return starter.start(StartSessionOptions.builder().tag("user-session").data(Map.of("email", email)).build());
    }

    @Test
    void aRevokeOnOneInstanceIsRefusedByTheTwoOthers() throws Exception {
        StartSessionResult session = start("ada@example.com");
        for (NodeProcess node : List.of(a, b, c)) {
            assertThat(node.ask("verify " + session.token())).isEqualTo("valid " + session.sessionId());
        }

        assertThat(a.ask("revoke " + session.sessionId())).startsWith("revoked ");

        assertThat(b.ask("refusal " + session.token() + " 2000")).startsWith("refused ");
        assertThat(c.ask("refusal " + session.token() + " 2000")).startsWith("refused ");
    }

    @Test
    void withTheSharedCacheThreeInstancesMakeOneDuctapeVerifyPerTokenPerWindow() throws Exception {
        long before = emulator.proxyCalls("verify");
        int tokens = 20;
        for (int i = 0; i < tokens; i++) {
            StartSessionResult session = start("user" + i + "@example.com");
            for (NodeProcess node : List.of(a, b, c)) {
                assertThat(node.ask("verify " + session.token())).isEqualTo("valid " + session.sessionId());
            }
        }

        assertThat(emulator.proxyCalls("verify") - before).isEqualTo(tokens);
    }

    @Test
    void aRevokeAllCutoffHoldsForAnInstanceThatWasDownDuringTheBroadcast() throws Exception {
        StartSessionResult session = start("grace@example.com");
        NodeProcess late = node();
        assertThat(late.ask("verify " + session.token())).startsWith("valid ");
        late.kill();

        assertThat(a.ask("revokeAll grace@example.com")).startsWith("revoked ");
        NodeProcess restarted = node();

        assertThat(restarted.ask("verify " + session.token())).isEqualTo("refused");
        assertThat(restarted.ask("stats")).contains("sharedHits=0");
    }

    @Test
    void withRedisKilledNoRevokedTokenIsAcceptedLaterThanTheFallbackAndAllRecoversWhenItIsBack() throws Exception {
        StartSessionResult session = start("linus@example.com");
        for (NodeProcess node : List.of(a, b, c)) {
            node.ask("verify " + session.token());
        }

        redis.kill();
        assertThat(a.ask("revoke " + session.sessionId())).startsWith("revoked ");
        long revoked = System.nanoTime();
        for (NodeProcess node : List.of(b, c)) {
            String refusal = node.ask("refusal " + session.token() + " " + (FALLBACK + 2_000));
            assertThat(refusal).startsWith("refused ");
            long after = Long.parseLong(refusal.substring("refused ".length())) - revoked;
            assertThat(Duration.ofNanos(after)).as("refused after the revoke returned")
                .isLessThanOrEqualTo(Duration.ofMillis(FALLBACK + 200));
        }

        redis.restart();
        for (NodeProcess node : List.of(a, b, c)) {
            assertThat(awaitUp(node)).as(node.log()).isTrue();
        }
        StartSessionResult next = start("linus@example.com");
        for (NodeProcess node : List.of(a, b, c)) {
            node.ask("verify " + next.token());
        }
        assertThat(a.ask("revoke " + next.sessionId())).startsWith("revoked ");
        assertThat(b.ask("refusal " + next.token() + " 2000")).as("revocations reach the peers again")
            .startsWith("refused ");
    }

    private static boolean awaitUp(NodeProcess node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (node.ask("stats").contains("up=true")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void aMessageThatDoesNotParseOrHasAnUnknownVersionIsLoggedAndIgnoredByEveryInstance() throws Exception {
        StartSessionResult session = start("barbara@example.com");
        a.ask("verify " + session.token());
        String channel = "ductape:sessions:my-product:" + emulator.defaultEnv().orElseThrow() + ":user-session";
        try (RedisClient client = RedisClient.create(redis.uri());
             StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().publish(channel, "{\"v\":1,");
            connection.sync().publish(channel, "{\"v\":7,\"origin\":\"x\",\"tag\":\"user-session\",\"kind\":\"all\","
                + "\"at\":\"2026-12-04T00:00:00Z\"}");
        }
        Thread.sleep(300);

        for (NodeProcess node : List.of(a, b, c)) {
            assertThat(node.log()).contains("it is not JSON").contains("its version is 7, not 1");
        }
        long before = emulator.proxyCalls("verify");
        assertThat(a.ask("verify " + session.token())).startsWith("valid ");
        assertThat(emulator.proxyCalls("verify")).as("the answer is still cached").isEqualTo(before);
    }
}
