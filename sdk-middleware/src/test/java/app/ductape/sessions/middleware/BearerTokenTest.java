package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one set of rules by which every integration reads a bearer token from Authorization headers. */
class BearerTokenTest {
    private static final String TOKEN = "user-session:eyJhbGciOiJIUzI1NiJ9.e30.sig";

    private static BearerToken parse(String... values) {
        return BearerToken.parse(List.of(values));
    }

    @Test
    void aBearerHeaderGivesItsToken() {
        assertThat(parse("Bearer " + TOKEN)).isEqualTo(new BearerToken.Present(TOKEN));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(parse("bearer " + TOKEN)).isEqualTo(new BearerToken.Present(TOKEN));
        assertThat(parse("BEARER " + TOKEN)).isEqualTo(new BearerToken.Present(TOKEN));
    }

    @Test
    void spacesAfterTheSchemeAreOneSeparator() {
        assertThat(parse("Bearer  " + TOKEN)).isEqualTo(new BearerToken.Present(TOKEN));
    }

    @Test
    void whitespaceAroundTheValueIsIgnored() {
        assertThat(parse("  Bearer " + TOKEN + " \t")).isEqualTo(new BearerToken.Present(TOKEN));
    }

    @Test
    void theSchemeWithoutATokenIsMalformed() {
        assertThat(parse("Bearer")).isInstanceOf(BearerToken.Malformed.class);
        assertThat(parse("Bearer   ")).isInstanceOf(BearerToken.Malformed.class);
    }

    @Test
    void aTokenWithWhitespaceInsideIsMalformed() {
        assertThat(parse("Bearer user-session:abc def")).isEqualTo(
            new BearerToken.Malformed("the bearer token has whitespace inside it"));
        assertThat(parse("Bearer abc\tdef")).isInstanceOf(BearerToken.Malformed.class);
        assertThat(parse("Bearer a, Bearer b")).isInstanceOf(BearerToken.Malformed.class);
    }

    @Test
    void aTabAfterTheSchemeIsMalformed() {
        assertThat(parse("Bearer\t" + TOKEN)).isInstanceOf(BearerToken.Malformed.class);
    }

    @Test
    void aCharacterOutsidePrintableAsciiIsMalformed() {
        assertThat(parse("Bearer abc\u0000def")).isInstanceOf(BearerToken.Malformed.class);
        assertThat(parse("Bearer caf\u00e9")).isInstanceOf(BearerToken.Malformed.class);
    }

    @Test
    void twoAuthorizationHeadersAreMalformed() {
        assertThat(parse("Bearer " + TOKEN, "Bearer other")).isEqualTo(
            new BearerToken.Malformed("the request has 2 Authorization headers"));
    }

    @Test
    void noHeaderOrAnotherSchemeIsAbsent() {
        assertThat(BearerToken.parse(List.of())).isInstanceOf(BearerToken.Absent.class);
        assertThat(parse("Basic dXNlcjpwYXNz")).isInstanceOf(BearerToken.Absent.class);
        assertThat(parse("Bearerx " + TOKEN)).isInstanceOf(BearerToken.Absent.class);
    }

    @Test
    void aPresentTokenIsNeverShown() {
        assertThat(parse("Bearer " + TOKEN).toString()).doesNotContain("eyJ").contains("***");
    }
}
