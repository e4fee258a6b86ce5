package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulator reads the payloads of Ductape's own clients: every payload crypto-js 4.2.0 made
 * (sdk-core's {@code fixtures/proxy-vectors.json}) decrypts in an emulator keyed as the vector is, and
 * its method is called.
 */
class CryptoJsPayloadsTest {

    static Stream<JsonNode> vectors() throws Exception {
        JsonNode all = RawProxy.JSON.readTree(Files.readString(
            Path.of("..", "sdk-core", "src", "test", "resources", "fixtures", "proxy-vectors.json")));
        List<JsonNode> vectors = new ArrayList<>();
        all.get("vectors").forEach(vectors::add);
        return vectors.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void aCryptoJsPayloadDecryptsInTheEmulatorAndItsMethodIsCalled(JsonNode vector) throws Exception {
        JsonNode plaintext = RawProxy.JSON.readTree(vector.get("plaintext").asText());
        String key = vector.get("key").asText();
        boolean accessKey = !plaintext.has("user_id");
        EmulatorCredentials defaults = EmulatorCredentials.defaults();
        EmulatorCredentials credentials = accessKey
            ? new EmulatorCredentials(key, defaults.workspaceId(), defaults.publicKey(), defaults.userId(), defaults.token())
            : new EmulatorCredentials(defaults.accessKey(), defaults.workspaceId(), key, plaintext.get("user_id").asText(),
                defaults.token());
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().credentials(credentials).start()) {
            RawProxy proxy = new RawProxy(emulator.baseUrl());
            try {
                ObjectNode body = RawProxy.body(credentials, vector.get("payload").asText());
                Map<String, String> headers = RawProxy.headers(credentials);
                if (accessKey) {
                    body.remove("user_id");
                    body.remove("public_key");
                    headers = Map.of("x-access-key", key);
                }

                RawProxy.Answer answer = proxy.post(body, headers);

                // the payload was read: whatever the method answers (a 404 for a config that does not exist, a
                // 422 for data the config refuses), it is not a refusal of the payload or the credentials
                assertThat(answer.status()).as(answer.body().toString()).isNotIn(400, 401, 403);
                assertThat(answer.body().path("code").asText()).isNotEqualTo("DECRYPTION_FAILED");
            } finally {
                proxy.close();
            }
        }
    }
}
