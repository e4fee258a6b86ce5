package app.ductape.sessions.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * After every other test class of the module (calls, retries, failures, verifications, the fleet, archive
 * syncs), no attribute and no event of any span they made holds a secret they handled (a token, a refresh
 * token, public_key, user_id, the workspace id) or anything shaped like an e-mail address (the identifiers and
 * the session data of the tests are e-mail addresses).
 */
@Order(Integer.MAX_VALUE)
class SecretsInSpansTest {
    private static final Pattern EMAIL = Pattern.compile("[^\\s\"@]+@[^\\s\"@]+\\.[a-z]{2,}");

    private static String recorded(SpanData span) {
        return span.getName() + " " + span.getAttributes() + " " + span.getStatus().getDescription() + " "
            + span.getEvents().stream().map(event -> event.getName() + " " + event.getAttributes()).toList();
    }

    @Test
    void theSuiteMadeSpansOfEveryKindAndHandledSecrets() {
        List<String> names = SuiteSpans.all().stream().map(SpanData::getName).distinct().toList();

        assertThat(names).contains("ductape.sessions start", "ductape.sessions verify (cached)",
            "ductape.sessions fleet broadcast", "ductape.sessions fleet apply", "ductape.archive sync",
            "ductape.archive page");
        assertThat(SuiteSpans.secrets()).hasSizeGreaterThan(10);
    }

    @Test
    void noSpanHoldsASecretTheSuiteHandled() {
        Set<String> secrets = SuiteSpans.secrets();
        for (SpanData span : SuiteSpans.all()) {
            String recorded = recorded(span);
            for (String secret : secrets) {
                assertThat(recorded).as("span %s", span.getName()).doesNotContain(secret);
            }
        }
    }

    @Test
    void noSpanHoldsAnEmailAddress() {
        for (SpanData span : SuiteSpans.all()) {
            assertThat(recorded(span)).as("span %s", span.getName()).doesNotContainPattern(EMAIL);
        }
    }
}
