package app.ductape.sessions.bench;

import app.ductape.sessions.testkit.DuctapeEmulator;
import app.ductape.sessions.testkit.EmulatorSeed;
import java.io.IOException;

/**
 * B8's data source, in a process of its own so that the measured process holds none of it: a Ductape
 * emulator seeded with {@code args[0]} generated operations of {@code user-session}. Prints
 * {@code READY <baseUrl>} followed by its credentials as {@code NAME=value} environment variables
 * ({@code DUCTAPE_WORKSPACE_ID=... DUCTAPE_PUBLIC_KEY=...}), and serves until its standard input closes.
 */
public final class EmulatorProcess {
    private EmulatorProcess() {}

    public static void main(String[] args) throws IOException {
        int operations = Integer.parseInt(args[0]);
        try (DuctapeEmulator emulator = DuctapeEmulator.builder().threads(4)
            .seed(EmulatorSeed.generate(7, 20_000, operations, 30)).start()) {
            StringBuilder ready = new StringBuilder("READY ").append(emulator.baseUrl());
            emulator.credentials().environment().forEach((name, value) -> ready.append(' ').append(name).append('=')
                .append(value));
            System.out.println(ready);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our standard input
            }
        }
    }
}
