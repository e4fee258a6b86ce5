package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.VerificationTracer.CacheResult;
import app.ductape.sessions.middleware.VerificationTracer.FleetStep;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a verifier tells its tracer, and that a tracer which throws never decides a verification. */
class VerificationTracerTest {
    private final VerifierFixture fixture = new VerifierFixture();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Records each verification's start, result changes and end. */
    private VerificationTracer recording(boolean hits) {
        return new VerificationTracer() {
            @Override
            public boolean tracesHits() {
                return hits;
            }

            @Override
            public Verification start(String tag, CacheResult result) {
                heard.add(tag + " " + result);
                return new Verification() {
                    @Override
                    public <T> T within(Supplier<T> action) {
                        heard.add("within");
                        return action.get();
                    }

                    @Override
                    public void ended(Throwable failure) {
                        heard.add("ended " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
                    }
                };
            }
        };
    }

    @Test
    void aMissRunsItsRequestWithinTheVerificationAndHitsAreToldOnlyWhenAsked() {
        String token = fixture.start("ada@example.com").token();
        try (SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(1))
            .tracer(recording(false)).build()) {
            verifier.verify(token);
            verifier.verify(token);
        }
        assertThat(heard).containsExactly("user-session MISS", "within", "ended ok");
        heard.clear();

        try (SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(1))
            .tracer(recording(true)).build()) {
            verifier.verify(token);
            verifier.verify(token);
        }
        assertThat(heard).containsExactly("user-session MISS", "within", "ended ok", "user-session HIT", "ended ok");
    }

    @Test
    void aTracerThatThrowsEverywhereLeavesTheAnswersAlone() {
        String token = fixture.start("ada@example.com").token();
        VerificationTracer broken = new VerificationTracer() {
            @Override
            public boolean tracesHits() {
                return true;
            }

            @Override
            public Verification start(String tag, CacheResult result) {
                if (result == CacheResult.HIT) {
                    throw new IllegalStateException("broken start");
                }
                return new Verification() {
                    @Override
                    public <T> T within(Supplier<T> action) {
                        throw new IllegalStateException("broken within");
                    }

                    @Override
                    public void ended(Throwable failure) {
                        throw new IllegalStateException("broken end");
                    }
                };
            }
        };
        try (SessionVerifier verifier = fixture.verifier().maxStaleness(Duration.ofMinutes(1)).tracer(broken).build()) {
            assertThat(verifier.verify(token).valid()).isTrue();
            assertThat(verifier.verify(token).valid()).isTrue();
            assertThat(verifier.verifyAsync("user-session:not-a-token").join().valid()).isFalse();
        }
    }

    /** What a tracer of the fleet alone does with each step. */
    private interface FleetHook {
        VerificationTracer.FleetTrace fleet(String tag, FleetStep step, FleetRevocation.Kind kind);
    }

    private static VerificationTracer fleetOnly(FleetHook hook) {
        return new VerificationTracer() {
            @Override
            public Verification start(String tag, CacheResult result) {
                return Verification.NONE;
            }

            @Override
            public FleetTrace fleet(String tag, FleetStep step, FleetRevocation.Kind kind) {
                return hook.fleet(tag, step, kind);
            }
        };
    }

    @Test
    void aFleetsBroadcastAndItsPeersApplyAreToldWithTheAnswersTheyChanged() {
        InMemoryFleet fleet = new InMemoryFleet(fixture.clock, false);
        VerificationTracer fleetRecording = fleetOnly((tag, step, kind) -> (answers, failure) -> heard.add(tag + " "
            + step + " " + kind + " " + answers + " " + (failure == null ? "ok" : failure.getClass().getSimpleName())));
        String token = fixture.start("ada@example.com").token();
        try (SessionVerifier revoking = fixture.verifier().fleet(fleet).tracer(fleetRecording).build();
             SessionVerifier peer = fixture.verifier().fleet(fleet).tracer(fleetRecording).build()) {
            revoking.verify(token);
            peer.verify(token);

            revoking.invalidateAll();
        }

        assertThat(heard).containsExactlyInAnyOrder("user-session APPLY ALL 1 ok", "user-session BROADCAST ALL 1 ok");
    }

    @Test
    void aFleetTracerThatThrowsLeavesTheRevocationToBeAppliedEverywhere() {
        InMemoryFleet fleet = new InMemoryFleet(fixture.clock, false);
        VerificationTracer broken = fleetOnly((tag, step, kind) -> {
            if (step == FleetStep.APPLY) {
                throw new IllegalStateException("broken fleet start");
            }
            return (answers, failure) -> {
                throw new IllegalStateException("broken fleet end");
            };
        });
        String token = fixture.start("ada@example.com").token();
        try (SessionVerifier revoking = fixture.verifier().fleet(fleet).tracer(broken).build();
             SessionVerifier peer = fixture.verifier().fleet(fleet).tracer(broken).build()) {
            revoking.verify(token);
            peer.verify(token);
            int asked = fixture.verifyRequests.get();

            revoking.invalidateAll();
            revoking.verify(token);
            peer.verify(token);

            assertThat(fixture.verifyRequests.get() - asked).as("both forgot the answer and asked again").isEqualTo(2);
        }
    }
}
