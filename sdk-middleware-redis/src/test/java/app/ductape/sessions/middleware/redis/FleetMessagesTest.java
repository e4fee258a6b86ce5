package app.ductape.sessions.middleware.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.middleware.fleet.FleetRevocation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The messages on a fleet's channel: what version 1 says, and what a reader refuses. */
class FleetMessagesTest {
    private static final Instant AT = Instant.parse("2026-12-04T02:00:00.123Z");

    @Test
    void aRevokedSessionIsSentWithItsIdItsInstantAndEndedAndNothingElse() throws Exception {
        String message = FleetMessages.encode("origin-1", "user-session", FleetRevocation.revokedSession("s-1", AT));

        assertThat(message).isEqualTo("{\"v\":1,\"origin\":\"origin-1\",\"tag\":\"user-session\",\"kind\":\"session\","
            + "\"sessionId\":\"s-1\",\"at\":\"2026-12-04T02:00:00.123Z\",\"ended\":true}");
        assertThat(FleetMessages.decode(message).revocation()).isEqualTo(FleetRevocation.revokedSession("s-1", AT));
    }

    @Test
    void anInvalidatedUserAndAnInvalidateAllReadBackAsTheyWereSent() throws Exception {
        for (FleetRevocation revocation : new FleetRevocation[] {FleetRevocation.ofUser("ada@example.com", AT),
            FleetRevocation.revokedUser("ada@example.com", AT), FleetRevocation.ofAll(AT),
            FleetRevocation.ofSession("s-2", AT), FleetRevocation.revokedUser("ada@example.com", AT).keeping("s-3")}) {
            FleetMessages.Received received = FleetMessages.decode(FleetMessages.encode("o", "t", revocation));

            assertThat(received.revocation()).isEqualTo(revocation);
            assertThat(received.origin()).isEqualTo("o");
            assertThat(received.tag()).isEqualTo("t");
        }
    }

    @Test
    void aUsersRevocationThatKeepsASessionSendsItAsKept() throws Exception {
        String message = FleetMessages.encode("o", "t", FleetRevocation.revokedUser("ada@example.com", AT)
            .keeping("s-3"));

        assertThat(message).isEqualTo("{\"v\":1,\"origin\":\"o\",\"tag\":\"t\",\"kind\":\"user\","
            + "\"identifier\":\"ada@example.com\",\"kept\":\"s-3\",\"at\":\"2026-12-04T02:00:00.123Z\",\"ended\":true}");
        assertThatThrownBy(() -> FleetMessages.decode(message.replace("\"s-3\"", "\"\"")))
            .hasMessage("its 'kept' is missing or not a non-empty string");
    }

    @Test
    void aMessageOfAnotherVersionOrShapeIsRefusedWithTheReason() {
        assertThatThrownBy(() -> FleetMessages.decode("{\"v\":\"1\",\"origin\":\"o\",\"tag\":\"t\",\"kind\":\"all\","
            + "\"at\":\"2026-12-04T02:00:00Z\"}")).hasMessage("its version is \"1\", not 1");
        assertThatThrownBy(() -> FleetMessages.decode("[1]")).hasMessage("it is not a JSON object");
        assertThatThrownBy(() -> FleetMessages.decode("{\"v\":1,\"origin\":\"o\",\"tag\":\"t\",\"kind\":\"session\","
            + "\"at\":\"2026-12-04T02:00:00Z\"}")).hasMessage("its 'sessionId' is missing or not a non-empty string");
        assertThatThrownBy(() -> FleetMessages.decode("{\"v\":1,\"origin\":\"o\",\"tag\":\"t\",\"kind\":\"all\","
            + "\"at\":\"yesterday\"}")).hasMessage("its 'at' is not an ISO-8601 instant");
        assertThatThrownBy(() -> FleetMessages.decode("{\"v\":1,\"origin\":\"o\",\"tag\":\"t\",\"kind\":\"session\","
            + "\"sessionId\":\"s\",\"at\":\"2026-12-04T02:00:00Z\",\"ended\":\"yes\"}"))
            .hasMessage("its 'ended' is not a boolean");
    }
}
