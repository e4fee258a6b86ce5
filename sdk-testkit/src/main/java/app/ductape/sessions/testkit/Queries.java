package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the read endpoints answer: active sessions, users, one user, activity logs and the dashboard. */
final class Queries {
    private final EmulatorState state;

    Queries(EmulatorState state) {
        this.state = state;
    }

    /** A page of items and the total they were cut from. */
    record Page<T>(List<T> items, long total, int page, int limit) {
        static <T> Page<T> of(List<T> all, int page, int limit) {
            long from = (long) (page - 1) * limit;
            List<T> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + limit));
            return new Page<>(new ArrayList<>(items), all.size(), page, limit);
        }
    }

    /** Unexpired, unrevoked sessions of an env, optionally of one user, newest first. */
    Page<Session> listActive(String product, String tag, String env, String identifier, int page, int limit,
                             Instant now) {
        return state.read(() -> {
            Scope scope = state.existingScope(product, tag, env);
            List<Session> active = new ArrayList<>();
            if (scope != null) {
                for (Session session : scope.sessions) {
                    if (session.env.equals(env) && (identifier == null || identifier.equals(session.identifier))
                        && session.activeAt(now)) {
                        active.add(session);
                    }
                }
            }
            active.sort(Comparator.comparing((Session s) -> s.startAt).reversed().thenComparing(s -> s.id));
            return Page.of(active, page, limit);
        });
    }

    /** Users of a scope (and env), most recently seen first. */
    Page<User> users(String product, String tag, String env, int page, int limit) {
        return state.read(() -> {
            List<User> users = new ArrayList<>();
            Scope scope = state.existingScope(product, tag, env);
            if (scope != null) {
                for (User user : scope.users.values()) {
                    if (env == null || env.equals(user.env)) {
                        users.add(user);
                    }
                }
            }
            users.sort(Comparator.comparing((User u) -> u.lastSeen).reversed().thenComparing(u -> u.identifier));
            return Page.of(users, page, limit);
        });
    }

    /** The user of an identifier (the most recently seen, across envs unless one is named), or a 404. */
    User userDetails(String product, String tag, String env, String identifier) {
        return state.read(() -> {
            Scope scope = state.existingScope(product, tag, env);
            User found = null;
            if (scope != null) {
                for (User user : scope.users.values()) {
                    if (user.identifier.equals(identifier) && (env == null || env.equals(user.env))
                        && (found == null || user.lastSeen.isAfter(found.lastSeen))) {
                        found = user;
                    }
                }
            }
            if (found == null) {
                throw ApiException.notFound("USER_NOT_FOUND", "No user '" + identifier + "' in session '" + tag + "'");
            }
            return found;
        });
    }

    /** Logs matching the filters, newest first, and their total. */
    record LogPage(List<Log> logs, long total) {}

    /** The positions of an index's logs in a time range: {@code from} inclusive, {@code until} exclusive. */
    private record Span(int from, int until) {
        static Span of(LogIndex index, TimeRange range) {
            int from = range.hasStart() ? index.firstAtOrAfter(range.fromMillis()) : 0;
            int until = range.hasEnd() ? index.firstAtOrAfter(range.untilMillis()) : index.size();
            return new Span(from, Math.max(from, until));
        }
    }

    LogPage logs(String product, String tag, String env, String status, TimeRange range, int page, int limit) {
        return state.read(() -> {
            Scope scope = state.existingScope(product, tag, env);
            if (scope == null) {
                return new LogPage(List.of(), 0);
            }
            LogIndex index = scope.logs(env, status);
            Span span = Span.of(index, range);
            return new LogPage(index.newestFirst(span.from(), span.until(), page, limit), span.until() - span.from());
        });
    }

    /** One user's logs matching the filters, newest first: a scan, as the emulator keeps no index by user. */
    LogPage userLogs(String product, String tag, String identifier, String env, String status, TimeRange range,
                     String processId, int page, int limit) {
        return state.read(() -> {
            Scope scope = state.existingScope(product, tag, env);
            if (scope == null) {
                return new LogPage(List.of(), 0);
            }
            LogIndex index = scope.logs(env, status);
            Span span = Span.of(index, range);
            List<Log> matching = new ArrayList<>();
            for (int i = span.until() - 1; i >= span.from(); i--) {
                Log log = index.get(i);
                if (identifier.equals(log.identifier())
                    && (processId == null || processId.equals(ActivityWriter.processId(log)))) {
                    matching.add(log);
                }
            }
            return new LogPage(Page.of(matching, page, limit).items(), matching.size());
        });
    }

    Dashboard dashboard(String product, String tag, String env, GroupBy groupBy, TimeRange range, Instant now) {
        return state.read(() -> Dashboard.compute(state.existingScope(product, tag, env), env, groupBy, range, now));
    }

    UsersDashboard usersDashboard(String product, String tag, String env, Instant now) {
        return state.read(() -> UsersDashboard.compute(state.existingScope(product, tag, env), env, now));
    }

    UserDashboard userDashboard(String product, String tag, String env, String identifier, GroupBy groupBy,
                                TimeRange range, Instant now) {
        return state.read(() -> UserDashboard.compute(state.existingScope(product, tag, env), env, identifier, groupBy,
            range, now));
    }
}
