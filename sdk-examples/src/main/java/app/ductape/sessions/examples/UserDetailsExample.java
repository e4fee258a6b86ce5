package app.ductape.sessions.examples;

import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.RevokeSessionResult;
import app.ductape.sessions.model.SessionUserDetails;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.UserSessionInfo;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.StartSessionOptions;
import java.io.PrintStream;
import java.util.Map;

/**
 * One user on two devices: "log out my other devices" from the laptop, then Ductape's "Fetch a specific
 * user's details", ported line by line from its TypeScript.
 */
public final class UserDetailsExample {
    private UserDetailsExample() {}

    public static void main(String[] args) {
        ExampleConnection.runMain(UserDetailsExample::run);
    }

    static void run(SessionsService sessions, PrintStream out) {
        StartSessionResult laptop = signIn(sessions, "laptop");
        StartSessionResult phone = signIn(sessions, "phone");
        out.println("Signed in on the laptop (" + laptop.sessionId() + ") and the phone (" + phone.sessionId() + ")");

        RevokeSessionResult revoked = sessions.revokeAll(RevokeAllSessionsOptions.builder()
            .product("my-product").env("production").tag("user-session")
            .identifier("user@example.com")
            .excludeCurrentSession(laptop.sessionId()) // "Log out all other devices"
            .build());
        out.println("Logged out of " + revoked.revoked().orElse(0) + " other device(s)");
        out.println();

        // Ductape's "Fetch a specific user's details", line by line
        SessionUserDetails userDetails = sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
            .product("my-product")
            .session("user-session")
            .identifier("user@example.com") // The user's identifier
            .env("production") // Optional
            .build());

        out.println("User ID: " + userDetails.ductapeUserId());
        out.println("Total sessions: " + userDetails.totalSessions());
        out.println("Active sessions: " + userDetails.activeSessionsCount());

        // View session history
        for (UserSessionInfo session : userDetails.sessions()) {
            out.println("Session ID: " + session.sessionId());
            out.println("Started: " + session.startAt());
            out.println("Expires: " + session.endAt());
            out.println("Active: " + session.active());
        }
    }

    private static StartSessionResult signIn(SessionsService sessions, String device) {
        return sessions.start(StartSessionOptions.builder()
            .product("my-product").env("production").tag("user-session")
            .data(Map.of("userId", "user_123", "email", "user@example.com", "device", device))
            .build());
    }
}
