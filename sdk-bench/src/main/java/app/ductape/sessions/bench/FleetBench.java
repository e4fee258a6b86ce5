package app.ductape.sessions.bench;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.redis.NodeProcess;
import app.ductape.sessions.middleware.redis.RedisServer;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * B12's figures across processes: three verifiers in JVMs of their own ({@link NodeProcess}), on one
 * redis-server and the emulator of this JVM, shared cache on. Propagation is measured with
 * {@code System.nanoTime()} in the nodes: on Linux it reads CLOCK_MONOTONIC, one clock for every process of
 * the machine.
 */
final class FleetBench implements AutoCloseable {
    private static final long MAX_STALENESS_MILLIS = 3_600_000;
    private final RedisServer redis = RedisServer.start();
    private final DuctapeEmulator emulator = DuctapeEmulator.builder().seed(EmulatorSeed.demo()).start();
    private final SessionsService starter = emulator.newSessionsService();
    private final List<NodeProcess> nodes = new ArrayList<>();
    private int users;

    FleetBench() throws IOException {
        for (int i = 0; i < 3; i++) {
            nodes.add(NodeProcess.start(emulator, "redis://127.0.0.1:" + redis.port(), true, MAX_STALENESS_MILLIS,
                1_000));
        }
    }

    private StartSessionResult start() {
        return starter.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("email", "user" + users++ + "@example.com")).build());
    }

    /**
     * {@code revocations} times: the two other nodes hold the token, poll it, and A revokes it; the time from
     * A's {@code revoke} returning to each of them refusing, in ms (0 when it refused before), sorted.
     */
    double[] propagation(int revocations) throws IOException {
        NodeProcess a = nodes.get(0);
        List<NodeProcess> peers = nodes.subList(1, 3);
        double[] millis = new double[revocations * peers.size()];
        for (int i = 0; i < revocations; i++) {
            StartSessionResult session = start();
            for (NodeProcess peer : peers) {
                expect(peer.ask("verify " + session.token()), "valid");
            }
            for (NodeProcess peer : peers) {
                peer.send("refusal " + session.token() + " 10000");
            }
            String revoked = expect(a.ask("revoke " + session.sessionId()), "revoked ");
            long returned = Long.parseLong(revoked.substring("revoked ".length()));
            for (int p = 0; p < peers.size(); p++) {
                String refused = expect(peers.get(p).answer(), "refused ");
                long at = Long.parseLong(refused.substring("refused ".length()));
                millis[i * peers.size() + p] = Math.max(0, at - returned) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis;
    }

    /**
     * Ductape verifies per new token when each of the three nodes verifies it: one after another (a user's
     * requests spread over the instances) when {@code atOnce} is false, all three at the same moment when true.
     */
    double verifiesPerToken(int tokens, boolean atOnce) throws IOException {
        long before = emulator.proxyCalls("verify");
        for (int i = 0; i < tokens; i++) {
            StartSessionResult session = start();
            if (atOnce) {
                for (NodeProcess node : nodes) {
                    node.send("verify " + session.token());
                }
                for (NodeProcess node : nodes) {
                    expect(node.answer(), "valid");
                }
            } else {
                for (NodeProcess node : nodes) {
                    expect(node.ask("verify " + session.token()), "valid");
                }
            }
        }
        return (emulator.proxyCalls("verify") - before) / (double) tokens;
    }

    private String expect(String answer, String prefix) {
        if (!answer.startsWith(prefix)) {
            throw new IllegalStateException("a node answered '" + answer + "', not '" + prefix + "...'; its log:\n"
                + nodes.stream().map(NodeProcess::log).reduce("", String::concat));
        }
        return answer;
    }

    static double percentile(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public void close() {
        nodes.forEach(NodeProcess::close);
        starter.close();
        emulator.close();
        redis.close();
    }
}
