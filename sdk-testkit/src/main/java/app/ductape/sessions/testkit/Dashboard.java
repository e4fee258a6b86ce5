package app.ductape.sessions.testkit;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.testkit.Records.Log;
import app.ductape.sessions.testkit.Records.Session;
import app.ductape.sessions.testkit.Records.User;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dashboard metrics of one scope, computed in one pass over the logs in range (sorted, so buckets are
 * filled by walking forward) and one pass over sessions and users.
 */
record Dashboard(long totalUsers, long activeUsers, long totalSessions, long activeSessions, long expiredSessions,
                 double successRate, double errorRate, double averageSessionDuration, List<String> periods,
                 long[] created, long[] expired, long[][] operations, long inactiveUsers, long expiredUsers,
                 long newUsersToday, long newUsersThisWeek, double averageSessionsPerUser) {

    /** The most buckets one request may ask for. */
    static final int MAX_BUCKETS = 10_000;

    static Dashboard compute(Scope scope, String env, GroupBy groupBy, TimeRange range, Instant now) {
        GroupBy grouping = groupBy == null ? GroupBy.DAY : groupBy;
        LogIndex logs = scope == null ? new LogIndex() : scope.logs(env, null);
        long nowMillis = now.toEpochMilli();
        long fromMillis = range.hasStart() ? range.fromMillis()
            : logs.size() > 0 ? Math.min(logs.get(0).timestampMillis(), nowMillis) : nowMillis;
        long untilMillis = range.hasEnd() ? range.untilMillis()
            : Math.max(nowMillis, logs.size() > 0 ? logs.get(logs.size() - 1).timestampMillis() : nowMillis) + 1;
        long[] bucketStarts = bucketStarts(grouping, fromMillis, untilMillis);
        List<String> periods = new ArrayList<>(bucketStarts.length);
        for (long bucketStart : bucketStarts) {
            periods.add(label(grouping, Instant.ofEpochMilli(bucketStart)));
        }
        long[][] operations = new long[4][bucketStarts.length];
        long[] created = new long[bucketStarts.length];
        long[] expired = new long[bucketStarts.length];

        long total = 0;
        long successes = 0;
        long failures = 0;
        long durationSum = 0;
        int bucket = 0;
        for (int i = logs.firstAtOrAfter(fromMillis), n = logs.firstAtOrAfter(untilMillis); i < n; i++) {
            Log log = logs.get(i);
            while (bucket + 1 < bucketStarts.length && bucketStarts[bucket + 1] <= log.timestampMillis()) {
                bucket++;
            }
            operations[log.operation().ordinal()][bucket]++;
            total++;
            if (log.success()) {
                successes++;
            } else {
                failures++;
            }
            durationSum += log.endMillis() - log.startMillis();
        }

        long totalSessions = 0;
        long activeSessions = 0;
        long expiredSessions = 0;
        long totalUsers = 0;
        long activeUsers = 0;
        long inactiveUsers = 0;
        long expiredUsers = 0;
        long newToday = 0;
        long newThisWeek = 0;
        if (scope != null) {
            for (Session session : scope.sessions) {
                long startedAt = session.startAt.toEpochMilli();
                if ((env != null && !env.equals(session.env)) || startedAt < fromMillis || startedAt >= untilMillis) {
                    continue;
                }
                totalSessions++;
                created[indexOf(bucketStarts, startedAt)]++;
                if (session.activeAt(now)) {
                    activeSessions++;
                } else if (session.expiredAt(now)) {
                    expiredSessions++;
                    long endedAt = session.endAt.toEpochMilli();
                    if (endedAt >= fromMillis && endedAt < untilMillis) {
                        expired[indexOf(bucketStarts, endedAt)]++;
                    }
                }
            }
            Instant dayAgo = now.minus(Duration.ofHours(24));
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant startOfWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
            for (User user : scope.users.values()) {
                if (env != null && !env.equals(user.env)) {
                    continue;
                }
                totalUsers++;
                if (user.lastSeen.isAfter(dayAgo)) {
                    activeUsers++;
                }
                if (!user.hasActiveSession(now)) {
                    inactiveUsers++;
                    if (!user.sessions.isEmpty() && user.sessions.stream().allMatch(s -> s.expiredAt(now))) {
                        expiredUsers++;
                    }
                }
                if (!user.firstSeen.isBefore(startOfToday)) {
                    newToday++;
                }
                if (!user.firstSeen.isBefore(startOfWeek)) {
                    newThisWeek++;
                }
            }
        }
        return new Dashboard(totalUsers, activeUsers, totalSessions, activeSessions, expiredSessions,
            percent(successes, total), percent(failures, total), round2(total == 0 ? 0 : (double) durationSum / total),
            periods, created, expired, operations, inactiveUsers, expiredUsers, newToday, newThisWeek,
            round2(totalUsers == 0 ? 0 : (double) totalSessions / totalUsers));
    }

    private static long[] bucketStarts(GroupBy groupBy, long fromMillis, long untilMillis) {
        List<Long> starts = new ArrayList<>();
        ZonedDateTime bucket = floor(groupBy, Instant.ofEpochMilli(fromMillis));
        while (bucket.toInstant().toEpochMilli() < untilMillis) {
            if (starts.size() == MAX_BUCKETS) {
                throw ApiException.badRequest("The range holds more than " + MAX_BUCKETS + " "
                    + groupBy.wireValue() + " buckets; narrow start/end or use a larger groupBy");
            }
            starts.add(bucket.toInstant().toEpochMilli());
            bucket = next(groupBy, bucket);
        }
        if (starts.isEmpty()) {
            starts.add(floor(groupBy, Instant.ofEpochMilli(fromMillis)).toInstant().toEpochMilli());
        }
        return starts.stream().mapToLong(Long::longValue).toArray();
    }

    private static ZonedDateTime floor(GroupBy groupBy, Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return switch (groupBy) {
            case HOUR -> utc.truncatedTo(ChronoUnit.HOURS);
            case DAY -> utc.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> utc.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> utc.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        };
    }

    private static ZonedDateTime next(GroupBy groupBy, ZonedDateTime bucket) {
        return switch (groupBy) {
            case HOUR -> bucket.plusHours(1);
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
        };
    }

    /** The bucket label: {@code 2024-01-05T13}, {@code 2024-01-05}, {@code 2024-W01} or {@code 2024-01}. */
    static String label(GroupBy groupBy, Instant bucketStart) {
        ZonedDateTime utc = bucketStart.atZone(ZoneOffset.UTC);
        return switch (groupBy) {
            case HOUR -> String.format("%s-%02d-%02dT%02d", year(utc.getYear()), utc.getMonthValue(),
                utc.getDayOfMonth(), utc.getHour());
            case DAY -> String.format("%s-%02d-%02d", year(utc.getYear()), utc.getMonthValue(), utc.getDayOfMonth());
            case WEEK -> String.format("%s-W%02d", year(utc.get(IsoFields.WEEK_BASED_YEAR)),
                utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%s-%02d", year(utc.getYear()), utc.getMonthValue());
        };
    }

    private static String year(int year) {
        return String.format("%04d", year);
    }

    private static int indexOf(long[] bucketStarts, long millis) {
        int index = Arrays.binarySearch(bucketStarts, millis);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }

    private static double percent(long part, long total) {
        return total == 0 ? 0 : round2(100.0 * part / total);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
