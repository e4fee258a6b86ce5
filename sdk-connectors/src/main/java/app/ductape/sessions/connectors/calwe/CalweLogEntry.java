package app.ductape.sessions.connectors.calwe;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a Calwe session log. Calwe gives no date, only a time of day such as {@code 2:30 PM}:
 * {@link #date()} keeps the text as sent and {@link #timeOfDay()} parses it.
 *
 * @param text            the entry's description, as the server wrote it
 * @param date            the time of day as sent, such as {@code 2:30 PM}
 * @param actionTypeValue the action type as sent; {@link #actionType()} gives it typed
 */
public record CalweLogEntry(
    @JsonProperty("text") String text,
    @JsonProperty("date") String date,
    @JsonProperty("action_type") String actionTypeValue) {

    private static final DateTimeFormatter TWELVE_HOUR = new DateTimeFormatterBuilder().parseCaseInsensitive()
        .appendPattern("h:mm[:ss] a").toFormatter(Locale.US);

    /**
     * The action, typed; {@link CalweActionType#UNKNOWN} for a value this SDK does not know.
     *
     * @return the action, typed; {@link CalweActionType#UNKNOWN} for a value this SDK does not know
     */
    public CalweActionType actionType() {
        return CalweActionType.fromWire(actionTypeValue);
    }

    /**
     * The time of day of {@link #date()}: 12-hour ({@code 2:30 PM}) or 24-hour ({@code 14:30}) text;
     * empty when absent or in another form.
     *
     * @return the time of day of {@link #date()}: 12-hour ({@code 2:30 PM}) or 24-hour ({@code 14:30}) text; empty when
     *         absent or in another form
     */
    public Optional<LocalTime> timeOfDay() {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        String text = date.trim();
        try {
            return Optional.of(LocalTime.parse(text, TWELVE_HOUR));
        } catch (DateTimeParseException notTwelveHour) {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException unknownForm) {
                return Optional.empty();
            }
        }
    }
}
