package app.ductape.sessions.connectors.exavault;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The filters both ExaVault activity listings share, validated once for both. */
record Filters(OffsetDateTime startDate, OffsetDateTime endDate, String username, Integer offset, Integer limit,
               String sort) {

    Filters {
        if (offset != null && offset < 0) {
            throw new IllegalArgumentException("`offset` must be >= 0, but was " + offset);
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("`limit` must be >= 1, but was " + limit);
        }
        if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
            throw new IllegalArgumentException("`startDate` (" + startDate + ") must not be after `endDate` ("
                + endDate + ")");
        }
        blankIsAnError(username, "username");
        blankIsAnError(sort, "sort");
    }

    static void blankIsAnError(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("`" + field + "` must not be blank");
        }
    }

    static String iso(OffsetDateTime dateTime) {
        return dateTime == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
    }
}
