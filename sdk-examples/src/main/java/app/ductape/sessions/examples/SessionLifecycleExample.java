package app.ductape.sessions.examples;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.RevokeSessionResult;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/** A session's life: start, verify, refresh, revoke, and verify again (now invalid), printing each step. */
public final class SessionLifecycleExample {
    private SessionLifecycleExample() {}

    public static void main(String[] args) {
        ExampleConnection.runMain(SessionLifecycleExample::run);
    }

    static void run(SessionsService sessions, PrintStream out) {
        StartSessionResult started = sessions.start(StartSessionOptions.builder()
            .product("my-product").env("production").tag("user-session")
            .data(Map.of("userId", "user_123", "email", "john@example.com",
                "details", Map.of("name", "John Example", "plan", "pro")))
            .expiresIn(Duration.ofHours(24))
            .build());
        out.println("1. started   " + started + " (token " + preview(started.token()) + ")");

        VerifySessionResult verified = sessions.verify(VerifySessionOptions.builder()
            .product("my-product").env("production").tag("user-session").token(started.token()).build());
        out.println("2. verified  valid=" + verified.valid() + " data=" + verified.data());

        StartSessionResult refreshed = sessions.refresh(RefreshSessionOptions.builder()
            .product("my-product").env("production").tag("user-session").refreshToken(started.refreshToken()).build());
        out.println("3. refreshed " + refreshed + " (the old refresh token no longer works)");

        RevokeSessionResult revoked = sessions.revoke(RevokeSessionOptions.builder()
            .product("my-product").env("production").tag("user-session").sessionId(refreshed.sessionId()).build());
        out.println("4. revoked   " + revoked.revoked().stream().mapToObj(Long::toString).findFirst().orElse("the") + " session(s)");

        VerifySessionResult after = sessions.verify(VerifySessionOptions.builder()
            .product("my-product").env("production").tag("user-session").token(refreshed.token()).build());
        out.println("5. verified  valid=" + after.valid() + (after.valid() ? "" : " (revoked sessions do not verify)"));
    }

    /** The first characters of a token: enough to tell tokens apart, never enough to use one. */
    private static String preview(String token) {
        return token.substring(0, Math.min(token.length(), 24)) + "…";
    }
}
