package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ductape.sessions.options.FetchSessionUserDetailsOptions;
import app.ductape.sessions.options.FetchSessionUsersOptions;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path value travels as exactly one encoded segment; dot segments are refused before sending. */
class PathSegmentTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a/b|a%2Fb",
        "?x=1#y|%3Fx=1%23y",
        "john doe|john%20doe",
        "josé@exämple.com|jos%C3%A9@ex%C3%A4mple.com",
        "100%|100%25",
        "...|...",
        "%2e%2e%2f|%252e%252e%252f"
    })
    void identifierIsSentAsOneEncodedSegment(String identifier, String encoded) throws Exception {
        server.enqueue(Wire.ok("user-details.json"));
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
                .product("my-product").session("user-session").identifier(identifier).build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath())
            .isEqualTo("/v1/products/my-product/sessions/user-session/users/" + encoded);
    }

    @Test
    void productAndSessionAreEncodedToo() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));
        try (SessionsService sessions = Wire.accessKeyClient(server).build()) {
            sessions.fetchUsers(FetchSessionUsersOptions.builder().product("team/app").session("a b").build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/products/team%2Fapp/sessions/a%20b/users");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "%2e", "%2E%2e", ".%2e", "%2e."})
    void dotSegmentsAreRejectedWithoutARequest(String value) {
        assertThatThrownBy(() -> FetchSessionUserDetailsOptions.builder().product("p").session("s").identifier(value)
            .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("`identifier`");
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().product(value).session("s").build())
            .hasMessageContaining("`product`");
        assertThatThrownBy(() -> FetchSessionUsersOptions.builder().product("p").session(value).build())
            .hasMessageContaining("`session`");
        try (Ductape ductape = Ductape.builder().accessKey(Wire.ACCESS_KEY).baseUrl(server.url("/").toString()).build()) {
            assertThatThrownBy(() -> ductape.products().sessions().user(value)).hasMessageContaining("`ductapeUserId`");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
