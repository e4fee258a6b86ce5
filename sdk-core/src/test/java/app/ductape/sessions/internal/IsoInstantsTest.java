package app.ductape.sessions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written ISO parser agrees with OffsetDateTime.parse on every text, accepted or not. */
class IsoInstantsTest {

    @Test
    void agreesWithOffsetDateTimeOnRandomInstantsOffsetsAndFractions() {
        Random random = new Random(20261125);
        for (int i = 0; i < 200_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 250_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            ZoneOffset offset = i % 3 == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            String text = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), offset).toString();
            if (text.startsWith("-") || text.startsWith("+")) {
                continue;
            }

            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T00:00:00Z", "2000-02-29T23:59:59.5+14:00", "1970-01-01T00:00:00Z",
        "2024-01-05T13:45:00.042-03:30", "2024-01-05T13:45Z", "2024-01-05T13:45:00.123456789Z",
        "2024-01-05T13:45:00+18:00", "2024-01-05T13:45:00.Z", "2024-01-05t13:45:00z", "2024-01-05T13:45:00+01:00:30"})
    void readsEdgeShapesAsOffsetDateTimeDoes(String text) {
        assertThat(IsoInstants.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-32T00:00:00Z",
        "2024-01-05T24:00:00Z", "2024-01-05T13:60:00Z", "2024-01-05T13:45:00", "2024-01-05 13:45:00Z",
        "2024-01-05T13:45:00.1234567890Z", "2024-01-05T13:45:00+19:00", "yesterday"})
    void refusesWhatOffsetDateTimeRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
