package app.ductape.sessions.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.ErrorCode;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.connectors.calwe.CalweErrorCode;
import app.ductape.sessions.connectors.exavault.ExaVaultErrorCode;
import app.ductape.sessions.connectors.saymon.SaymonErrorCode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link ErrorCode#name()} is what logs and metrics tags carry, so one name means one failure everywhere. */
class ErrorCodeNamesTest {

    @Test
    void everyCodeNameIsUniqueAcrossTheSdkAndItsConnectors() {
        Map<String, List<ErrorCode>> byName = Stream.of(SessionErrorCode.values(), CalweErrorCode.values(),
                ExaVaultErrorCode.values(), SaymonErrorCode.values())
            .flatMap(Stream::of).map(ErrorCode.class::cast)
            .collect(Collectors.groupingBy(ErrorCode::name));

        assertThat(byName.values().stream().filter(codes -> codes.size() > 1).map(codes -> codes.stream()
            .map(code -> code.getClass().getSimpleName() + "." + code.name()).toList())).isEmpty();
        assertThat(byName).containsKeys("SESSION_NOT_FOUND", "CALWE_SESSION_NOT_FOUND");
    }
}
