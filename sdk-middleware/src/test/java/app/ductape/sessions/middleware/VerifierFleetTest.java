package app.ductape.sessions.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import app.ductape.sessions.middleware.fleet.FleetHealth;
import app.ductape.sessions.middleware.fleet.FleetRevocation;
import app.ductape.sessions.middleware.fleet.SharedAnswer;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier's side of a fleet: what it publishes, what it applies from a peer, what it trusts while the
 * fleet cannot be heard, and the answers it shares. Both verifiers use one client against the emulator over
 * real HTTP; the second does not follow the client's revocations, so it learns them from the fleet only.
 */
class VerifierFleetTest {
    private final VerifierFixture fixture = new VerifierFixture();
    private final InMemoryFleet fleet = new InMemoryFleet(fixture.clock, false);
    private final SessionVerifier a = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).fleet(fleet).build();
    private final SessionVerifier b = fixture.verifier().maxStaleness(Duration.ofMinutes(5)).fleet(fleet)
        .followRevocations(false).build();

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
        fixture.close();
    }

    @Test
    void aRevokeLearnedByOneVerifierIsPublishedOnceAndRefusedByItsPeer() {
        StartSessionResult s = fixture.start("ada@example.com");
        a.verify(s.token());
        b.verify(s.token());

        fixture.sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(s.sessionId()).build());

        assertThat(fleet.links.get(0).published).singleElement().satisfies(revocation -> {
            assertThat(revocation.kind()).isEqualTo(FleetRevocation.Kind.SESSION);
            assertThat(revocation.sessionId()).contains(s.sessionId());
            assertThat(revocation.ended()).isTrue();
        });
        assertThat(fleet.links.get(1).published).as("the peer never publishes what it applied").isEmpty();
        assertThat(b.verify(s.token()).valid()).isFalse();
        assertThat(fixture.verifyRequests).as("the peer refuses the ended session without asking").hasValue(2);
        assertThat(b.stats().peerRevocations()).isEqualTo(1);
        assertThat(a.stats().peerRevocations()).as("an instance never applies its own message").isZero();
    }

    @Test
    void aPeersRevokeAllRefusesThatUsersTokensOnly() {
        StartSessionResult ada = fixture.start("ada@example.com");
        StartSessionResult grace = fixture.start("grace@example.com");
        b.verify(ada.token());
        b.verify(grace.token());
        int before = fixture.verifyRequests.get();

        fixture.sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session")
            .identifier("ada@example.com").build());

        assertThat(fleet.links.get(0).published).singleElement().satisfies(revocation -> {
            assertThat(revocation.kind()).isEqualTo(FleetRevocation.Kind.USER);
            assertThat(revocation.identifier()).contains("ada@example.com");
        });
        assertThat(b.verify(ada.token()).valid()).isFalse();
        assertThat(b.verify(grace.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests.get() - before)
            .as("the selector $Session{email} names ada's answer, refused from the cache; grace's stays valid")
            .isZero();
    }

    @Test
    void aPeersRevokeAllThatKeepsTheCurrentSessionRefusesTheUsersOtherSessionsAndKeepsThatOne() {
        StartSessionResult laptop = fixture.start("ada@example.com");
        StartSessionResult phone = fixture.start("ada@example.com");
        StartSessionResult grace = fixture.start("grace@example.com");
        b.verify(laptop.token());
        b.verify(phone.token());
        b.verify(grace.token());
        int before = fixture.verifyRequests.get();

        long revoked = fixture.sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session")
            .identifier("ada@example.com").excludeCurrentSession(laptop.sessionId()).build()).revoked().orElseThrow();

        assertThat(revoked).isEqualTo(1);
        assertThat(fleet.links.get(0).published).singleElement().satisfies(revocation -> {
            assertThat(revocation.identifier()).contains("ada@example.com");
            assertThat(revocation.kept()).contains(laptop.sessionId());
        });
        assertThat(b.verify(laptop.token()).valid()).as("the current device stays signed in").isTrue();
        assertThat(b.verify(phone.token()).valid()).as("the other device is signed out").isFalse();
        assertThat(b.verify(grace.token()).valid()).isTrue();
        assertThat(fixture.verifyRequests.get() - before).as("all three answered from the peer's cache").isZero();
        assertThat(a.verify(laptop.token()).valid()).as("and Ductape agrees").isTrue();
        assertThat(a.verify(phone.token()).valid()).isFalse();
    }

    @Test
    void invalidateAllIsPublishedAndForgetsEveryAnswerOfThePeer() {
        StartSessionResult s = fixture.start("ada@example.com");
        b.verify(s.token());

        a.invalidateAll();

        assertThat(fleet.links.get(0).published).singleElement()
            .satisfies(revocation -> assertThat(revocation.kind()).isEqualTo(FleetRevocation.Kind.ALL));
        assertThat(b.stats().size()).isZero();
    }

    @Test
    void whileTheFleetIsDownAnAnswerIsReusedForTheFallbackStalenessOnly() {
        StartSessionResult s = fixture.start("ada@example.com");
        fleet.links.get(1).goDown();
        b.verify(s.token());

        fixture.clock.advance(Duration.ofMillis(900));
        b.verify(s.token());
        assertThat(fixture.verifyRequests).as("younger than the fallback staleness: a hit").hasValue(1);

        fixture.clock.advance(Duration.ofMillis(200));
        b.verify(s.token());
        assertThat(fixture.verifyRequests).as("older: asked again, though maxStaleness is 5 minutes").hasValue(2);
        assertThat(b.stats().fleet()).hasValueSatisfying(health -> {
            assertThat(health.state()).isEqualTo(FleetHealth.State.DEGRADED);
            assertThat(health.reason()).contains("taken down by the test");
        });
    }

    @Test
    void whenTheFleetIsHeardAgainEveryAnswerOlderThanTheOutageIsForgotten() {
        StartSessionResult before = fixture.start("ada@example.com");
        StartSessionResult after = fixture.start("grace@example.com");
        b.verify(before.token());
        fixture.clock.advance(Duration.ofSeconds(1));
        fleet.links.get(1).goDown();
        fixture.clock.advance(Duration.ofMillis(10));
        b.verify(after.token());

        fleet.links.get(1).comeBack();

        assertThat(b.stats().size()).as("only the answer asked during the outage is kept").isEqualTo(1);
        assertThat(b.stats().fleet()).hasValue(FleetHealth.up());
    }

    @Test
    void withoutAFleetTheStatsSayNothingOfOne() {
        SessionVerifier alone = fixture.verifier().build();

        assertThat(alone.stats().fleet()).isEmpty();
        alone.close();
    }
}
