package app.ductape.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proxy payload's encryption against the library Ductape's clients use: crypto-js 4.2.0's payloads
 * ({@code fixtures/proxy-vectors.json}, made by {@code src/test/node/proxy-vectors.js}) are what the SDK
 * makes from the same key, IV and plaintext, byte for byte, so crypto-js decrypts the SDK's payloads.
 */
class ProxyCipherTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<JsonNode> vectors() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(Wire.fixture("proxy-vectors.json")).get("vectors").forEach(all::add);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theSdkMakesCryptoJsPayloadFromTheSameKeyIvAndPlaintext(JsonNode vector) {
        byte[] iv = HexFormat.of().parseHex(vector.get("iv").asText());
        ProxyCipher cipher = new ProxyCipher(vector.get("key").asText(), out -> System.arraycopy(iv, 0, out, 0, 16));

        String payload = cipher.encrypt(vector.get("plaintext").asText().getBytes(StandardCharsets.UTF_8));

        assertThat(payload).isEqualTo(vector.get("payload").asText());
    }

    @Test
    void theIssuesCrossCheckVectorIsAmongThem() throws Exception {
        assertThat(vectors().map(vector -> vector.get("payload").asText())).anyMatch(payload -> payload.startsWith(
            "000102030405060708090a0b0c0d0e0f:ZgAZVkqblEpRTIUZPcXoieRRfE9ISmpM"));
    }

    @Test
    void eachPayloadHasAFreshRandomIvAndDecryptsToItsPlaintext() {
        ProxyCipher cipher = new ProxyCipher("pk_live_random");
        byte[] plaintext = "{\"module\":\"sessions\",\"method\":\"verify\"}".getBytes(StandardCharsets.UTF_8);
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            payloads.add(cipher.encrypt(plaintext));
        }

        assertThat(payloads.stream().map(payload -> payload.substring(0, 32)).distinct()).hasSize(200);
        assertThat(payloads).allSatisfy(payload -> assertThat(ProxyRequest.decrypt(payload, "pk_live_random"))
            .isEqualTo(new String(plaintext, StandardCharsets.UTF_8)));
        if (Boolean.getBoolean("proxy.print")) {
            // for src/test/node/decrypt-sdk-payloads.js: crypto-js decrypts what the SDK made with random IVs
            payloads.subList(0, 5).forEach(payload -> System.out.println("pk_live_random\t" + payload + "\t"
                + new String(plaintext, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void oneCipherEncryptsCorrectlyFromManyThreadsAtOnce() throws Exception {
        ProxyCipher cipher = new ProxyCipher("pk_shared");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = "{\"n\":" + i + ",\"pad\":\"" + "x".repeat(i % 50) + "\"}";
                results.add(pool.submit(() -> ProxyRequest.decrypt(cipher.encrypt(text.getBytes(StandardCharsets.UTF_8)),
                    "pk_shared").equals(text)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCipherNeverShowsItsKey() {
        assertThat(new ProxyCipher("pk_secret_value").toString()).doesNotContain("pk_secret_value");
    }
}
