package app.ductape.sessions.middleware.redis;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.middleware.SessionVerifier;
import app.ductape.sessions.middleware.VerifierStats;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import io.lettuce.core.RedisURI;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * One instance of a fleet in its own JVM, as a deployed service would be: a {@code SessionsService} from the
 * environment ({@code DUCTAPE_*}), a verifier of {@code user-session} on Redis, driven by one command per line
 * on stdin, each answered by one line on stdout that starts with {@code "< "}:
 * {@code verify <token>} ({@code valid <sessionId>} or {@code refused}), {@code revoke <sessionId>},
 * {@code revokeAll <identifier>} ({@code revoked <nanoTime after it returned>}), {@code refusal <token>
 * <timeoutMillis>} (verifies until refused: {@code refused <nanoTime>} or {@code still-valid}),
 * {@code stats}, {@code quit}.
 *
 * <p>Arguments: the Redis URI, whether answers are shared, the max staleness and the fallback staleness in ms.
 */
public final class FleetNode {
    /** How often {@code refusal} verifies again: the resolution of a propagation measured with it. */
    private static final long POLL_NANOS = 50_000;

    private FleetNode() {
    }

    /**
     * Runs the node until {@code quit} or the end of stdin.
     *
     * @param args the Redis URI, sharedCache, maxStaleness ms, fallbackStaleness ms
     * @throws Exception when the node cannot start
     */
    public static void main(String[] args) throws Exception {
        RedisFleet.Builder builder = RedisFleet.builder(RedisURI.create(args[0]))
            .fallbackStaleness(Duration.ofMillis(Long.parseLong(args[3])));
        if (Boolean.parseBoolean(args[1])) {
            builder.sharedCache(true).answerKey(FleetFixture.ANSWER_KEY);
        }
        RedisFleet fleet = builder.build();
        try (SessionsService sessions = SessionsService.builder().fromEnv().maxRetries(0).build();
             SessionVerifier verifier = SessionVerifier.builder(sessions).tag("user-session")
                 .maxStaleness(Duration.ofMillis(Long.parseLong(args[2]))).fleet(fleet).build()) {
            answer("ready");
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
                answer(run(line.split(" "), sessions, verifier));
            }
        }
    }

    private static String run(String[] command, SessionsService sessions, SessionVerifier verifier) {
        try {
            return switch (command[0]) {
                case "verify" -> verified(verifier.verify(command[1]));
                case "revoke" -> {
                    sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(command[1]).build());
                    yield "revoked " + System.nanoTime();
                }
                case "revokeAll" -> {
                    sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier(command[1])
                        .build());
                    yield "revoked " + System.nanoTime();
                }
                case "refusal" -> refusal(verifier, command[1], Long.parseLong(command[2]));
                case "stats" -> stats(verifier.stats());
                default -> "unknown command " + command[0];
            };
        } catch (SessionError e) {
            return "error " + e.code();
        }
    }

    private static String verified(VerifySessionResult result) {
        return result.valid() ? "valid " + result.sessionId().orElse("-") : "refused";
    }

    private static String refusal(SessionVerifier verifier, String token, long timeoutMillis) {
        long deadline = System.nanoTime() + Duration.ofMillis(timeoutMillis).toNanos();
        while (System.nanoTime() < deadline) {
            if (!verifier.verify(token).valid()) {
                return "refused " + System.nanoTime();
            }
            // not a spin: on a small machine spinning peers would starve the instance that revokes
            LockSupport.parkNanos(POLL_NANOS);
        }
        return "still-valid";
    }

    private static String stats(VerifierStats stats) {
        return "stats up=" + stats.fleet().map(health -> health.isUp()).orElse(false) + " misses=" + stats.misses()
            + " sharedHits=" + stats.sharedHits() + " peerRevocations=" + stats.peerRevocations() + " reason="
            + stats.fleet().flatMap(health -> health.reason()).orElse("-").replace(' ', '_');
    }

    private static void answer(String line) {
        System.out.println("< " + line);
        System.out.flush();
    }
}
