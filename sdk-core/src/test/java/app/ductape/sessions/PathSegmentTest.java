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

/**
 * Every value in a path travels as exactly one encoded segment, and every value in a query as one
 * encoded parameter; dot segments are refused before sending.
 */
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
        try (SessionsService sessions = Wire.workspaceClient(server).build()) {
            sessions.fetchUserDetails(FetchSessionUserDetailsOptions.builder()
                .product("my-product").session("user-session").identifier(identifier).build());
        }

        assertThat(server.takeRequest().getUrl().encodedPath())
            .isEqualTo("/integrations/v1/session/users/ws_123/" + encoded);
    }

    @Test
    void productAndSessionTravelAsQueryParametersThatCannotAddAParameter() throws Exception {
        server.enqueue(Wire.ok("users-page.json"));
        try (SessionsService sessions = Wire.workspaceClient(server).build()) {
            sessions.fetchUsers(FetchSessionUsersOptions.builder().product("team&app=1").session("a b#c").build());
        }

        var url = server.takeRequest().getUrl();
        assertThat(url.queryParameter("product_tag")).isEqualTo("team&app=1");
        assertThat(url.queryParameter("session_tag")).isEqualTo("a b#c");
        assertThat(url.queryParameterNames()).doesNotContain("app");
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
        assertThat(server.getRequestCount()).isZero();
    }
}
