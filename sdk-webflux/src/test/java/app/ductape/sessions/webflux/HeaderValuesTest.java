package app.ductape.sessions.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class HeaderValuesTest {

    @Test
    void everyValueOfTheHeaderIsReturnedWhateverTheCaseOfItsName() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("authorization", "Bearer a");
        headers.add("Authorization", "Bearer b");
        headers.add("Cookie", "sid=1");

        assertThat(HeaderValues.of(headers, "AUTHORIZATION")).containsExactly("Bearer a", "Bearer b");
    }

    @Test
    void anAbsentHeaderHasNoValues() {
        assertThat(HeaderValues.of(new HttpHeaders(), "Authorization")).isEmpty();
    }
}
