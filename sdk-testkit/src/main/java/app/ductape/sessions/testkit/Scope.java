package app.ductape.sessions.testkit;

import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything recorded about one session tag of one product: its activity logs (indexed by env and
 * status), sessions and users. Guarded by {@link EmulatorState}'s lock.
 */
final class Scope {
    private static final LogIndex EMPTY = new LogIndex();

    final String product;
    final String tag;
    final List<Session> sessions = new ArrayList<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, Session> sessionsByCacheTag = new HashMap<>();
    private final Map<String, LogIndex> logIndexes = new HashMap<>();

    Scope(String product, String tag) {
        this.product = product;
        this.tag = tag;
    }

    /** The logs of one env and status ({@code null}: any), sorted by time. */
    LogIndex logs(String env, String status) {
        return logIndexes.getOrDefault(indexKey(env, status), EMPTY);
    }

    void add(Log log) {
        for (String key : new String[] {indexKey(null, null), indexKey(log.env(), null),
            indexKey(null, log.status()), indexKey(log.env(), log.status())}) {
            logIndexes.computeIfAbsent(key, k -> new LogIndex()).add(log);
        }
    }

    private static String indexKey(String env, String status) {
        return (env == null ? "*" : "e:" + env) + "|" + (status == null ? "*" : status);
    }
}
