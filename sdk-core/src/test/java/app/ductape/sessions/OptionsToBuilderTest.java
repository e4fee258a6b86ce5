package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.GroupBy;
import app.ductape.sessions.model.LogStatus;
import app.ductape.sessions.model.SessionConfigUpdate;
import app.ductape.sessions.options.FetchSessionActivityLogsOptions;
import app.ductape.sessions.options.FetchSessionDashboardOptions;
import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every options object rebuilds to an equal one through {@code toBuilder()}, with every field set. */
class OptionsToBuilderTest {

    static Stream<Object> everyOptionsClassWithEveryFieldSet() {
        return Stream.of(
            FetchSessionUsersOptions.builder().product("p").env("production").session("s").page(3).limit(50).build(),
            FetchSessionUserDetailsOptions.builder().product("p").env("production").session("s").identifier("u@x")
                .build(),
            FetchSessionActivityLogsOptions.builder().product("p").env("production").session("s")
                .status(LogStatus.FAIL).start(LocalDate.parse("2026-11-01")).end(Instant.parse("2026-11-20T10:00:00Z"))
                .page(2).limit(100).build(),
            FetchSessionDashboardOptions.builder().product("p").env("production").session("s").groupBy(GroupBy.WEEK)
                .start("2026-10-01").end("2026-11-01").build(),
            StartSessionOptions.builder().product("p").env("production").tag("t").data(Map.of("email", "a@b.c"))
                .expiresIn(Duration.ofHours(2)).cache("login").build(),
            VerifySessionOptions.builder().product("p").env("production").tag("t").token("t:eyJ.x.y").build(),
            RefreshSessionOptions.builder().product("p").env("production").tag("t").refreshToken("rt_1").build(),
            RevokeSessionOptions.builder().product("p").env("production").tag("t").sessionId("sess_1").build(),
            RevokeAllSessionsOptions.builder().product("p").env("production").tag("t").identifier("u@x")
                .excludeCurrentSession("sess_2").build(),
            ListActiveSessionsOptions.builder().product("p").env("production").tag("t").identifier("u@x").page(4)
                .limit(7).build(),
            SessionConfigUpdate.builder().name("N").description("D").selector("$Session{email}").expiry(3)
                .period(ExpiryPeriod.DAYS).schema(Map.of("email", "a@b.c")).build(),
            RequestOptions.builder().timeout(Duration.ofSeconds(3)).maxRetries(1).idempotencyKey("k-1")
                .header("X-Trace-Id", "t").build());
    }

    @ParameterizedTest
    @MethodSource("everyOptionsClassWithEveryFieldSet")
    void toBuilderKeepsEveryField(Object options) throws Exception {
        Object builder = options.getClass().getMethod("toBuilder").invoke(options);
        Object rebuilt = builder.getClass().getMethod("build").invoke(builder);

        assertThat(getters(rebuilt)).isEqualTo(getters(options)).isNotEmpty();
    }

    /** The values of every public no-argument accessor, by name. */
    private static Map<String, Object> getters(Object options) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Method method : options.getClass().getMethods()) {
            boolean accessor = method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass() != Object.class
                && !List.of("toBuilder", "hashCode", "toString", "getClass").contains(method.getName());
            if (accessor) {
                values.put(method.getName(), method.invoke(options));
            }
        }
        return values;
    }
}
