package app.ductape.sessions.testkit;

import java.nio.charset.StandardCharsets;

/** One HTTP answer of the emulator: status and JSON body. */
record EmulatorResponse(int status, byte[] body) {

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
