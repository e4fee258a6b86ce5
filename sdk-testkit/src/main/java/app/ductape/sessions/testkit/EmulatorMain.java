package app.ductape.sessions.testkit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a standalone Ductape emulator, and the session-log APIs emulator on the next port, until Ctrl-C:
 * {@code java app.ductape.sessions.testkit.EmulatorMain [--port 4311] [--seed demo|none|SEED:USERS:OPERATIONS:DAYS]
 * [--access-key KEY] [--environments prd,stg,dev,production,staging] [--host 127.0.0.1] [--control]
 * [--seed-file seed.json]}. It prints the
 * environment variables that point the README's snippets and the examples at them, and with {@code --control} the
 * token of the control under {@code /_emulator/}.
 */
public final class EmulatorMain {
    private EmulatorMain() {}

    /**
     * Starts the emulator and waits for Ctrl-C.
     *
     * @param args {@code [--port 4311] [--seed demo|none|SEED:USERS:OPERATIONS:DAYS] [--access-key KEY]
     *             [--environments SLUG,SLUG...] [--host ADDRESS] [--control] [--seed-file seed.json]}
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        DuctapeEmulator.Builder builder = DuctapeEmulator.builder().port(4311).seed(EmulatorSeed.demo());
        int port = 4311;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> {
                    port = Integer.parseInt(require(value, "--port"));
                    builder.port(port);
                }
                case "--seed" -> builder.seed(EmulatorSeed.named(require(value, "--seed")).orElse(null));
                case "--access-key" -> builder.credentials(require(value, "--access-key"));
                case "--environments" -> environments(builder, require(value, "--environments"));
                case "--host" -> host(builder, require(value, "--host"));
                case "--seed-file" -> seedFile(builder, require(value, "--seed-file"));
                case "--control" -> {
                    builder.control();
                    continue; // takes no value
                }
                default -> {
                    System.err.println("unknown option " + args[i] + "; usage: [--port 4311] "
                        + "[--seed demo|none|SEED:USERS:OPERATIONS:DAYS] [--access-key KEY] [--environments SLUG,SLUG...] "
                        + "[--host ADDRESS] [--control] [--seed-file seed.json]");
                    System.exit(2);
                }
            }
            i++;
        }
        DuctapeEmulator emulator = builder.start();
        SessionLogApisEmulator apis = SessionLogApisEmulator.builder().port(port == 0 ? 0 : port + 1).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            apis.close();
            emulator.close();
            System.out.println("Emulators stopped.");
            stopped.countDown();
        }, "ductape-emulator-shutdown"));
        EmulatorCredentials credentials = emulator.credentials();
        System.out.println("Ductape Sessions emulator on " + emulator.baseUrl() + ", session-log APIs emulator on "
            + apis.baseUrl());
        System.out.println("Export these to point the README's snippets and the examples at them:");
        export("DUCTAPE_BASE_URL", emulator.baseUrl());
        credentials.environment().forEach(EmulatorMain::export);
        export("SAYMON_BASE_URL", apis.baseUrl());
        export("SAYMON_LOGIN", SessionLogApisEmulator.SAYMON_LOGIN);
        export("SAYMON_PASSWORD", SessionLogApisEmulator.SAYMON_PASSWORD);
        export("EXAVAULT_BASE_URL", apis.exavaultBaseUrl());
        export("EXAVAULT_API_KEY", SessionLogApisEmulator.EXAVAULT_API_KEY);
        export("EXAVAULT_ACCESS_TOKEN", SessionLogApisEmulator.EXAVAULT_ACCESS_TOKEN);
        export("CALWE_BASE_URL", apis.baseUrl());
        export("CALWE_TOKEN", SessionLogApisEmulator.CALWE_TOKEN);
        System.out.println("(Or an access key, the assumed path, with DUCTAPE_WORKSPACE_ID instead of the other four: "
            + "export DUCTAPE_ACCESS_KEY=" + credentials.accessKey() + ")");
        emulator.controlToken().ifPresent(token -> {
            System.out.println("Control: " + emulator.baseUrl() + "/_emulator/ (faults, latency, reset, clock, requests), "
                + "from loopback only, with Authorization: Bearer $DUCTAPE_EMULATOR_CONTROL_TOKEN");
            export("DUCTAPE_EMULATOR_CONTROL_TOKEN", token);
        });
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private static void export(String name, String value) {
        System.out.println("export " + name + "=" + value);
    }

    private static void environments(DuctapeEmulator.Builder builder, String slugs) {
        try {
            builder.environments(slugs.split(",", -1));
        } catch (IllegalArgumentException e) {
            System.err.println("--environments " + slugs + ": " + e.getMessage());
            System.exit(2);
        }
    }

    private static void seedFile(DuctapeEmulator.Builder builder, String file) {
        try {
            builder.seed(EmulatorSeed.fromFile(java.nio.file.Path.of(file)));
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("--seed-file " + file + ": " + e.getMessage());
            System.exit(2);
        }
    }

    private static void host(DuctapeEmulator.Builder builder, String host) {
        try {
            builder.host(host);
        } catch (IllegalArgumentException e) {
            System.err.println("--host " + host + ": " + e.getMessage());
            System.exit(2);
        }
    }

    private static String require(String value, String option) {
        if (value == null) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return value;
    }

}
