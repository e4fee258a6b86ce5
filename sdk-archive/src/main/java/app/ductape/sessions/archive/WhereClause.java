package app.ductape.sessions.archive;

import app.ductape.sessions.connectors.ActivityQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the {@code WHERE} clause of an {@link ActivityQuery} over the archive, and binds its parameters. */
final class WhereClause {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private WhereClause() {}

    static WhereClause of(ActivityQuery query, String... sources) {
        WhereClause filter = new WhereClause();
        query.from().ifPresent(from -> filter.add("occurred_at >= ?", Dialect.stored(from)));
        query.to().ifPresent(to -> filter.add("occurred_at <= ?", Dialect.stored(to)));
        query.actor().ifPresent(actor -> filter.add("actor = ?", actor));
        query.sessionId().ifPresent(session -> filter.add("session_id = ?", session));
        if (sources.length > 0) {
            filter.conditions.add("source IN (" + String.join(", ", Collections.nCopies(sources.length, "?"))
                + ")");
            filter.parameters.addAll(List.of(sources));
        }
        return filter;
    }

    private void add(String condition, Object parameter) {
        conditions.add(condition);
        parameters.add(parameter);
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    void bind(PreparedStatement statement, Dialect dialect) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Instant instant) {
                dialect.setInstant(statement, i + 1, instant);
            } else {
                statement.setString(i + 1, (String) parameter);
            }
        }
    }
}
