package app.ductape.sessions.testkit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a standalone emulator until Ctrl-C:
 * {@code java app.ductape.sessions.testkit.EmulatorMain [--port 4311] [--seed demo|none|SEED:USERS:OPERATIONS:DAYS]
 * [--access-key KEY]}.
 */
public final class EmulatorMain {
    private EmulatorMain() {}

    /**
     * Starts the emulator and waits for Ctrl-C.
     *
     * @param args {@code [--port 4311] [--seed demo|none|SEED:USERS:OPERATIONS:DAYS] [--access-key KEY]}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        DuctapeEmulator.Builder builder = DuctapeEmulator.builder().port(4311).seed(EmulatorSeed.demo());
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(require(value, "--port")));
                case "--seed" -> builder.seed(seed(require(value, "--seed")));
                case "--access-key" -> builder.credentials(require(value, "--access-key"));
                default -> {
                    System.err.println("unknown option " + args[i]
                        + "; usage: [--port 4311] [--seed demo|none|SEED:USERS:OPERATIONS:DAYS] [--access-key KEY]");
                    System.exit(2);
                }
            }
            i++;
        }
        DuctapeEmulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.out.println("Ductape emulator stopped.");
            stopped.countDown();
        }, "ductape-emulator-shutdown"));
        EmulatorCredentials credentials = emulator.credentials();
        System.out.println("Ductape Sessions emulator listening on " + emulator.baseUrl());
        System.out.println("  DUCTAPE_BASE_URL=" + emulator.baseUrl());
        System.out.println("  DUCTAPE_ACCESS_KEY=" + credentials.accessKey());
        System.out.println("  (or workspace credentials: workspaceId=" + credentials.workspaceId() + " publicKey="
            + credentials.publicKey() + " userId=" + credentials.userId() + " token=" + credentials.token() + ")");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private static String require(String value, String option) {
        if (value == null) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return value;
    }

    private static EmulatorSeed seed(String spec) {
        if (spec.equals("demo")) {
            return EmulatorSeed.demo();
        }
        if (spec.equals("none")) {
            return null;
        }
        String[] parts = spec.split(":");
        if (parts.length != 4) {
            throw new IllegalArgumentException("--seed must be demo, none or SEED:USERS:OPERATIONS:DAYS, but was "
                + spec);
        }
        return EmulatorSeed.generate(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
            Integer.parseInt(parts[3]));
    }
}
