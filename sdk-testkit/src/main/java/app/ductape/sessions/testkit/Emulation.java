package app.ductape.sessions.testkit;

import java.time.Clock;
import java.util.Set;

/**
 * The emulated service without its HTTP face: the configurations, the session lifecycle and the
 * queries over one shared {@link EmulatorState}. Seeds replay traffic into it; the API serves it.
 */
record Emulation(ConfigStore configs, SessionLifecycle lifecycle, Queries queries) {

    static Emulation on(Clock clock, Set<String> environments) {
        EmulatorState state = new EmulatorState(clock, environments);
        return new Emulation(new ConfigStore(state), new SessionLifecycle(state), new Queries(state));
    }
}
