package app.ductape.sessions.connectors;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of session activity from any source, in one shape. What each source puts in each field
 * is in the README's "Connectors" section and in {@code docs/connectors.md}.
 *
 * @param source     the source's name: {@code ductape}, {@code saymon}, {@code exavault} or {@code calwe}
 * @param id         the record's stable identity within its source, never derived from the time of reading:
 *                   the source's own id where it has one (Ductape {@code _id}, ExaVault {@code id}, SAYMON
 *                   {@code id}); for Calwe, which gives none, {@code <session>#<position>}, the entry's
 *                   1-based position in its session's append-only log
 * @param sessionId  the session the activity belongs to, or {@code null} when the source names none
 * @param actor      who acted (a user's login, username or identifier, or a role), or {@code null}
 * @param action     what happened, in the source's own vocabulary ({@code verify}, {@code STOR},
 *                   {@code ENTERED}, {@code session})
 * @param outcome    how it ended; never null ({@link ActivityOutcome#UNKNOWN} when the source does not say)
 * @param occurredAt when it happened, or {@code null} when the source gives no date (Calwe gives only a
 *                   time of day, kept in {@code attributes})
 * @param message    a human-readable description, or {@code null}
 * @param attributes everything else the source gave, by name; values are JSON-like (text, numbers,
 *                   booleans, lists, maps); unmodifiable, never null, in the source's order
 * @param duration   how long the operation took, when its source says: Ductape's {@code end - start}, ExaVault's
 *                   {@code duration}; empty for SAYMON (a record is a whole session, whose length is no
 *                   operation's time) and Calwe (which gives no times); never negative
 */
public record ActivityRecord(String source, String id, String sessionId, String actor, String action, ActivityOutcome outcome,
                             Instant occurredAt, String message, Map<String, Object> attributes,
                             Optional<Duration> duration) {

    /**
     * A record; the attributes are copied, unmodifiable all the way down, and a null outcome reads as UNKNOWN.
     *
     * @param source the source's name: {@code ductape}, {@code saymon}, {@code exavault} or {@code calwe}
     * @param id the record's stable identity within its source (see the type's description)
     * @param sessionId the session the activity belongs to, or {@code null} when the source names none
     * @param actor who acted (a user's login, username or identifier, or a role), or {@code null}
     * @param action what happened, in the source's own vocabulary ({@code verify}, {@code STOR}, {@code ENTERED},
     *               {@code session})
     * @param outcome how it ended; never null ({@link ActivityOutcome#UNKNOWN} when the source does not say)
     * @param occurredAt when it happened, or {@code null} when the source gives no date (Calwe gives only a time of
     *                   day, kept in {@code attributes})
     * @param message a human-readable description, or {@code null}
     * @param attributes everything else the source gave, by name; values are JSON-like (text, numbers, booleans, lists,
     *                   maps); unmodifiable, never null, in the source's order
     * @param duration how long the operation took, when its source says; never negative (empty otherwise)
     */
    public ActivityRecord {
        Objects.requireNonNull(source, "source");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("`id` is required (a record's stable identity in its source), but was "
                + (id == null ? "null" : "blank") + " for a record of " + source);
        }
        outcome = outcome == null ? ActivityOutcome.UNKNOWN : outcome;
        attributes = copy(attributes);
        duration = duration == null ? Optional.empty() : duration;
        if (duration.isPresent() && duration.get().isNegative()) {
            throw new IllegalArgumentException("`duration` must not be negative, but was " + duration.get()
                + " for record " + id + " of " + source);
        }
    }

    /**
     * A record whose source does not say how long it took.
     *
     * @param source     the source's name
     * @param id         the record's stable identity within its source
     * @param sessionId  the session, or {@code null}
     * @param actor      who acted, or {@code null}
     * @param action     what happened
     * @param outcome    how it ended
     * @param occurredAt when it happened, or {@code null}
     * @param message    a description, or {@code null}
     * @param attributes everything else the source gave
     */
    public ActivityRecord(String source, String id, String sessionId, String actor, String action,
                          ActivityOutcome outcome, Instant occurredAt, String message, Map<String, Object> attributes) {
        this(source, id, sessionId, actor, action, outcome, occurredAt, message, attributes, Optional.empty());
    }

    /**
     * {@link #occurredAt()} as an optional, for sources that may not give one.
     *
     * @return {@link #occurredAt()} as an optional, for sources that may not give one
     */
    public Optional<Instant> occurredAtIfKnown() {
        return Optional.ofNullable(occurredAt);
    }

    private static Map<String, Object> copy(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value instanceof List<?> list ? Collections.unmodifiableList(new ArrayList<>(list))
                    : value instanceof Map<?, ?> map ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
