package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.EmulatorState.When;
import app.ductape.sessions.testkit.Records.StartAnswer;
import app.ductape.sessions.testkit.SeedFile.ActivitySpec;
import app.ductape.sessions.testkit.SeedFile.Located;
import app.ductape.sessions.testkit.SeedFile.SessionSpec;
import app.ductape.sessions.testkit.SeedFile.UserSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed file's sessions and operations replayed through the emulator's lifecycle in the order of their
 * instants, as of {@code now}: each session started (and revoked, when the file says so), each operation on
 * its user's latest session. Used once.
 */
final class SeedReplay {
    private final SessionLifecycle lifecycle;
    private final Instant now;
    private final Map<String, Located<UserSpec>> users;
    /** Each user's sessions, oldest first: what the user's operations act on. */
    private final Map<String, List<StartAnswer>> started = new HashMap<>();
    /** The answer of each declared session's start, for its revocation. */
    private final Map<SessionSpec, StartAnswer> startOf = new IdentityHashMap<>();

    SeedReplay(SessionLifecycle lifecycle, Instant now, Map<String, Located<UserSpec>> users) {
        this.lifecycle = lifecycle;
        this.now = now;
        this.users = users;
    }

    /** One thing to do at an instant; {@code order} keeps the file's order among things at the same instant. */
    private record Step(Instant at, int order, String where, Runnable action) {}

    /** Replays the sessions and the activity, all in time order. */
    void run(List<Located<SessionSpec>> sessions, List<Located<ActivitySpec>> activity) {
        List<Step> steps = new ArrayList<>();
        for (Located<SessionSpec> session : sessions) {
            SessionSpec spec = session.value();
            Instant startedAt = now.minus(spec.startedAgo());
            steps.add(new Step(startedAt, steps.size(), session.where(),
                () -> startOf.put(spec, start(spec.user(), startedAt))));
            if (spec.revokedAgo() != null) {
                Instant revokedAt = now.minus(spec.revokedAgo());
                steps.add(new Step(revokedAt, steps.size(), session.where(),
                    () -> revoke(spec.user(), startOf.get(spec).sessionId(), revokedAt)));
            }
        }
        for (Located<ActivitySpec> operation : activity) {
            ActivitySpec spec = operation.value();
            for (int i = 0; i < spec.count(); i++) {
                Instant at = now.minus(spec.ago()).plusSeconds(i);
                steps.add(new Step(at, steps.size(), operation.where(), () -> operate(spec, at, operation.where())));
            }
        }
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
        for (Step step : steps) {
            try {
                step.action().run();
            } catch (ApiException e) {
                throw new IllegalArgumentException(step.where() + ": the emulator refused it: " + e.getMessage(), e);
            }
        }
    }

    private UserSpec user(String id) {
        return users.get(id).value();
    }

    private StartAnswer start(String id, Instant at) {
        UserSpec user = user(id);
        StartAnswer answer = lifecycle.start(user.product(), user.session(), user.env(), user.data(), null, null,
            new When(at, 25));
        started.computeIfAbsent(id, key -> new ArrayList<>()).add(answer);
        return answer;
    }

    private void revoke(String id, String sessionId, Instant at) {
        UserSpec user = user(id);
        lifecycle.revoke(user.product(), user.session(), user.env(), sessionId, null, null, new When(at, 15));
    }

    private void operate(ActivitySpec spec, Instant at, String where) {
        UserSpec user = user(spec.user());
        if (spec.operation().equals("create")) {
            start(spec.user(), at);
            return;
        }
        List<StartAnswer> ofUser = started.getOrDefault(spec.user(), List.of());
        if (ofUser.isEmpty()) {
            throw new IllegalArgumentException(where + ": user '" + spec.user() + "' has no session started before "
                + "this " + spec.operation() + "; declare one in `sessions` (or a `create` earlier)");
        }
        int last = ofUser.size() - 1;
        StartAnswer latest = ofUser.get(last);
        switch (spec.operation()) {
            case "verify" -> lifecycle.verify(user.product(), user.session(), user.env(),
                spec.success() ? latest.token() : latest.token() + "x", new When(at, 20));
            case "refresh" -> {
                if (spec.success()) {
                    ofUser.set(last, lifecycle.refresh(user.product(), user.session(), user.env(),
                        latest.refreshToken(), new When(at, 30)));
                } else {
                    refuse(() -> lifecycle.refresh(user.product(), user.session(), user.env(), "not-a-refresh-token",
                        new When(at, 5)));
                }
            }
            default -> revoke(spec.user(), latest.sessionId(), at);
        }
    }

    private static void refuse(Runnable failing) {
        try {
            failing.run();
        } catch (ApiException expected) {
            // the failed refresh the file asked for, logged as one
        }
    }
}
