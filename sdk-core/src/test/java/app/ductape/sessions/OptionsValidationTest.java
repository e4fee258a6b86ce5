package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import java.time.Instant;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule fails at build() (or at the call, for client defaults) naming the field, sending nothing. */
class OptionsValidationTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @AfterEach
    void nothingWasSent() {
        assertThat(server.getRequestCount()).isZero();
    }

    private static FetchSessionActivityLogsOptions.Builder logs() {
        return FetchSessionActivityLogsOptions.builder().product("my-product").session("user-session");
    }

    @Test
    void sessionIsRequired() {
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().product("p").build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`session` is required");
        assertThatThrownBy(() -> FetchSessionActivityLogsOptions.builder().build())
            .hasMessageContaining("`session`");
        assertThatThrownBy(() -> FetchSessionDashboardOptions.builder().build()).hasMessageContaining("`session`");
        assertThatThrownBy(() -> FetchSessionUserDetailsOptions.builder().identifier("x").build())
            .hasMessageContaining("`session`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankValuesAreRejected(String blank) {
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().product(blank).session("s").build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`product`");
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().session(blank).build())
            .hasMessageContaining("`session`");
        assertThatThrownBy(() -> FetchSessionUserDetailsOptions.builder().session("s").identifier(blank).build())
            .hasMessageContaining("`identifier`");
        assertThatThrownBy(() -> RevokeAllSessionsOptions.builder().tag("t").identifier("u")
            .excludeCurrentSession(blank).build()).hasMessageContaining("`excludeCurrentSession`");
    }

    @Test
    void identifierIsRequired() {
        assertThatThrownBy(() -> FetchSessionUserDetailsOptions.builder().product("p").session("s").build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`identifier` is required");
    }

    @Test
    void productIsRequiredAtCallTimeWhenTheClientHasNoDefault() {
        FetchSessionUsersOptions options = FetchSessionUsersOptions.builder().session("user-session").build();
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            assertThatThrownBy(() -> sessions.fetchUsers(options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`product` is required");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void pageMustBePositive(int page) {
        assertThatThrownBy(() -> logs().page(page).build()).hasMessageContaining("`page` must be >= 1");
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().session("s").page(page).build())
            .hasMessageContaining("`page`");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 1001})
    void limitMustBeBetweenOneAndAThousand(int limit) {
        assertThatThrownBy(() -> logs().limit(limit).build()).hasMessageContaining("`limit` must be between 1 and 1000");
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().session("s").limit(limit).build())
            .hasMessageContaining("`limit`");
    }

    @Test
    void limitBoundsAreAccepted() {
        assertThat(logs().limit(1).build().limit()).isEqualTo(1);
        assertThat(logs().limit(1000).build().limit()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "2024-01-32", "01/02/2024", "2024-01-01T10:00"})
    void startAndEndMustBeIsoDatesOrInstants(String text) {
        assertThatThrownBy(() -> logs().start(text)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("`start`").hasMessageContaining(text);
        assertThatThrownBy(() -> FetchSessionDashboardOptions.builder().end(text))
            .hasMessageContaining("`end`");
    }

    @Test
    void isoInstantsWithOffsetsAreAccepted() {
        assertThat(logs().start("2024-01-01T10:00:00+02:00").build().start()).isEqualTo("2024-01-01T08:00:00Z");
    }

    @Test
    void startMustNotBeAfterEnd() {
        assertThatThrownBy(() -> logs().start("2024-02-01").end("2024-01-31").build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`start`").hasMessageContaining("`end`");
        assertThatThrownBy(() -> FetchSessionDashboardOptions.builder().session("s")
            .start(Instant.parse("2024-01-02T00:00:00Z")).end(Instant.parse("2024-01-01T23:59:59Z")).build())
            .hasMessageContaining("must not be after");
    }

    @Test
    void sameDayAndAnInstantInsideTheEndDayAreOrdered() {
        assertThat(logs().start("2024-01-31").end("2024-01-31").build().end()).isEqualTo("2024-01-31");
        assertThat(logs().start(Instant.parse("2024-01-31T23:00:00Z")).end(LocalDate.of(2024, 1, 31)).build())
            .isNotNull();
    }

    @Test
    void statusUnknownIsNotAFilter() {
        assertThatThrownBy(() -> logs().status(LogStatus.UNKNOWN).build()).hasMessageContaining("`status`");
    }

    @Test
    void statusAndGroupByParseTheTypeScriptStrings() {
        assertThat(LogStatus.from("success")).isEqualTo(LogStatus.SUCCESS);
        assertThat(LogStatus.from("FAIL")).isEqualTo(LogStatus.FAIL);
        assertThat(LogStatus.from("processing")).isEqualTo(LogStatus.PROCESSING);
        assertThat(GroupBy.from("day")).isEqualTo(GroupBy.DAY);
        assertThat(GroupBy.from("Month")).isEqualTo(GroupBy.MONTH);
        assertThatThrownBy(() -> LogStatus.from("ok")).hasMessageContaining("`status`").hasMessageContaining("'ok'");
        assertThatThrownBy(() -> GroupBy.from("year")).hasMessageContaining("`groupBy`").hasMessageContaining("year");
        assertThatThrownBy(() -> GroupBy.from(null)).hasMessageContaining("`groupBy`");
    }

    @Test
    void nullOptionsAreRejected() {
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            assertThatThrownBy(() -> sessions.fetchDashboard(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`options`");
        }
    }

    @Test
    void toBuilderCopiesEveryField() {
        FetchSessionActivityLogsOptions options = logs().env("production").status(LogStatus.FAIL).start("2024-01-01")
            .end("2024-01-31").page(4).limit(30).build();

        assertThat(options.toBuilder().build().toString()).isEqualTo(options.toString());
    }
}
