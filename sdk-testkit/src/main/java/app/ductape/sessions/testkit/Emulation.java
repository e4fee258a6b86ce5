package app.ductape.sessions.testkit;

import java.time.Clock;

/**
 * The emulated service without its HTTP face: the configurations, the session lifecycle and the
 * queries over one shared {@link EmulatorState}. Seeds replay traffic into it; the API serves it.
 */
record Emulation(ConfigStore configs, SessionLifecycle lifecycle, Queries queries) {

    static Emulation on(Clock clock) {
        EmulatorState state = new EmulatorState(clock);
        return new Emulation(new ConfigStore(state), new SessionLifecycle(state), new Queries(state));
    }
}
