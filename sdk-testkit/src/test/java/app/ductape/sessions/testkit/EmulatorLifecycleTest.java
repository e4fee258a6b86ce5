package app.ductape.sessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ductape.sessions.SessionError;
import app.ductape.sessions.SessionErrorCode;
import app.ductape.sessions.SessionsService;
import app.ductape.sessions.model.ActiveSession;
import app.ductape.sessions.model.ActiveSessionsPage;
import app.ductape.sessions.model.ExpiryPeriod;
import app.ductape.sessions.model.SessionConfig;
import app.ductape.sessions.model.StartSessionResult;
import app.ductape.sessions.model.VerifySessionResult;
import app.ductape.sessions.options.ListActiveSessionsOptions;
import app.ductape.sessions.options.RefreshSessionOptions;
import app.ductape.sessions.options.RevokeAllSessionsOptions;
import app.ductape.sessions.options.RevokeSessionOptions;
import app.ductape.sessions.options.StartSessionOptions;
import app.ductape.sessions.options.VerifySessionOptions;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Start, verify, refresh, revoke and listActive through the SDK against the emulator. */
class EmulatorLifecycleTest {
    private static final Instant T0 = Instant.parse("2024-01-05T12:00:00Z");

    private final MutableClock clock = MutableClock.at(T0);
    private DuctapeEmulator emulator;
    private SessionsService sessions;

    @BeforeEach
    void setUp() {
        emulator = DuctapeEmulator.builder().clock(clock).start();
        sessions = emulator.sessionsServiceBuilder().product("my-product").env("prd").build();
        sessions.create("my-product", SessionConfig.builder().name("User Session").tag("user-session")
            .selector("$Session{userId}").expiry(1).period(ExpiryPeriod.HOURS)
            .schema(Map.of("userId", "user_1", "details", Map.of("email", "a@b.c"))).build());
    }

    @AfterEach
    void tearDown() {
        sessions.close();
        emulator.close();
    }

    private StartSessionResult start(String userId) {
        return sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("userId", userId, "details", Map.of("email", userId + "@example.com"))).build());
    }

    private VerifySessionResult verify(String token) {
        return sessions.verify(VerifySessionOptions.builder().tag("user-session").token(token).build());
    }

    @Test
    void startIssuesASignedHs256JwtPrefixedWithTheTag() throws Exception {
        StartSessionResult result = start("user_123");

        assertThat(result.token()).startsWith("user-session:");
        SignedJWT jwt = SignedJWT.parse(result.token().substring("user-session:".length()));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getJWTClaimsSet().getStringClaim("sid")).isEqualTo(result.sessionId());
        assertThat(result.refreshToken()).isNotBlank().isNotEqualTo(result.token());
        assertThat(result.sessionId()).isNotBlank();
    }

    @Test
    void expiryComesFromTheConfigUnlessExpiresInIsGiven() {
        assertThat(start("user_1").expiresAt()).hasValue(T0.plus(Duration.ofHours(1)));

        StartSessionResult custom = sessions.start(StartSessionOptions.builder().tag("user-session")
            .data(Map.of("userId", "user_2")).expiresIn(Duration.ofMinutes(5)).build());

        assertThat(custom.expiresAt()).hasValue(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void startNeedsAnExistingConfig() {
        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.start(StartSessionOptions.builder()
            .tag("no-such-session").data(Map.of("userId", "u")).build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.SESSION_NOT_FOUND);
        assertThat(error.operation()).isEqualTo("start");
        assertThat(error.httpStatus()).hasValue(404);
    }

    @Test
    void startValidatesDataAgainstTheSelector() {
        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.start(StartSessionOptions.builder()
            .tag("user-session").data(Map.of("email", "no-user-id@example.com")).build()));

        assertThat(error.code()).isEqualTo(SessionErrorCode.CREATE_FAILED);
        assertThat(error.httpStatus()).hasValue(422);
        assertThat(error.serverMessage().orElseThrow()).contains("userId");
    }

    @Test
    void verifyReturnsTheDataOfAValidToken() {
        StartSessionResult started = start("user_123");

        VerifySessionResult result = verify(started.token());

        assertThat(result.valid()).isTrue();
        assertThat(result.data()).containsEntry("userId", "user_123");
        assertThat(result.sessionId()).hasValue(started.sessionId());
        assertThat(result.expiresAt()).isEqualTo(started.expiresAt());
    }

    @Test
    void verifyRejectsATamperedToken() {
        String token = start("user_1").token();
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        assertThat(verify(tampered).valid()).isFalse();
        assertThat(verify("user-session:not-a-jwt").valid()).isFalse();
        assertThat(verify(token.replace("user-session:", "other:")).valid()).isFalse();
    }

    @Test
    void verifyRejectsAnExpiredToken() {
        String token = start("user_1").token();

        clock.advance(Duration.ofMinutes(59));
        assertThat(verify(token).valid()).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(verify(token).valid()).isFalse();
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        StartSessionResult started = start("user_1");
        clock.advance(Duration.ofMinutes(30));

        StartSessionResult renewed = sessions.refresh(RefreshSessionOptions.builder().tag("user-session")
            .refreshToken(started.refreshToken()).build());

        assertThat(renewed.sessionId()).isEqualTo(started.sessionId());
        assertThat(renewed.refreshToken()).isNotEqualTo(started.refreshToken());
        assertThat(renewed.expiresAt()).hasValue(T0.plus(Duration.ofMinutes(90)));
        assertThat(verify(renewed.token()).valid()).isTrue();
        SessionError reused = catchThrowableOfType(SessionError.class, () -> sessions.refresh(
            RefreshSessionOptions.builder().tag("user-session").refreshToken(started.refreshToken()).build()));
        assertThat(reused.code()).isEqualTo(SessionErrorCode.REFRESH_FAILED);
        assertThat(reused.httpStatus()).hasValue(401);
        assertThat(reused.getMessage()).doesNotContain(started.refreshToken());
    }

    @Test
    void refreshRenewsAnExpiredSession() {
        StartSessionResult started = start("user_1");
        clock.advance(Duration.ofHours(3));

        StartSessionResult renewed = sessions.refresh(RefreshSessionOptions.builder().tag("user-session")
            .refreshToken(started.refreshToken()).build());

        assertThat(verify(renewed.token()).valid()).isTrue();
    }

    @Test
    void unknownRefreshTokenIs401() {
        SessionError error = catchThrowableOfType(SessionError.class, () -> sessions.refresh(
            RefreshSessionOptions.builder().tag("user-session").refreshToken("rt_unknown_token").build()));

        assertThat(error.httpStatus()).hasValue(401);
    }

    @Test
    void revokeBySessionIdEndsThatSessionOnly() {
        StartSessionResult first = start("user_1");
        StartSessionResult second = start("user_1");

        assertThat(sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(first.sessionId())
            .build()).revoked()).hasValue(1);

        assertThat(verify(first.token()).valid()).isFalse();
        assertThat(verify(second.token()).valid()).isTrue();
        assertThat(catchThrowableOfType(SessionError.class, () -> sessions.refresh(RefreshSessionOptions.builder()
            .tag("user-session").refreshToken(first.refreshToken()).build())).httpStatus()).hasValue(401);
    }

    @Test
    void revokeByIdentifierAndRevokeAllEndEverySessionOfTheUser() {
        StartSessionResult a = start("user_1");
        StartSessionResult b = start("user_1");
        StartSessionResult other = start("user_2");

        assertThat(sessions.revoke(RevokeSessionOptions.builder().tag("user-session").identifier("user_1").build())
            .revoked()).hasValue(2);
        assertThat(verify(a.token()).valid()).isFalse();
        assertThat(verify(b.token()).valid()).isFalse();
        assertThat(verify(other.token()).valid()).isTrue();
        assertThat(sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("user_2")
            .build()).revoked()).hasValue(1);
        assertThat(verify(other.token()).valid()).isFalse();
    }

    @Test
    void revokeAllExcludingTheCurrentSessionEndsTheUsersOthersAndAnswersTheirCount() {
        StartSessionResult laptop = start("user_1");
        StartSessionResult phone = start("user_1");
        StartSessionResult tablet = start("user_1");

        assertThat(sessions.revokeAll(RevokeAllSessionsOptions.builder().tag("user-session").identifier("user_1")
            .excludeCurrentSession(laptop.sessionId()).build()).revoked()).hasValue(2);

        assertThat(verify(laptop.token()).valid()).isTrue();
        assertThat(verify(phone.token()).valid()).isFalse();
        assertThat(verify(tablet.token()).valid()).isFalse();
        assertThat(sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session").identifier("user_1")
            .build()).sessions()).extracting(ActiveSession::sessionId).containsExactly(laptop.sessionId());
    }

    @Test
    void revokingNothingAnswersZero() {
        assertThat(sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId("sess_nope").build())
            .revoked()).hasValue(0);
    }

    @Test
    void listActivePagesTheUnexpiredUnrevokedSessionsNewestFirst() {
        for (int i = 0; i < 5; i++) {
            start("user_" + (i % 2));
            clock.advance(Duration.ofMinutes(5));
        }
        StartSessionResult revoked = start("user_0");
        sessions.revoke(RevokeSessionOptions.builder().tag("user-session").sessionId(revoked.sessionId()).build());

        ActiveSessionsPage page1 = sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session")
            .page(1).limit(2).build());
        ActiveSessionsPage ofUser0 = sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session")
            .identifier("user_0").limit(10).build());
        clock.advance(Duration.ofMinutes(46));
        ActiveSessionsPage later = sessions.listActive(ListActiveSessionsOptions.builder().tag("user-session")
            .limit(10).build());

        assertThat(page1.total()).isEqualTo(5);
        assertThat(page1.totalPages()).isEqualTo(3);
        assertThat(page1.sessions()).hasSize(2);
        assertThat(page1.sessions().get(0).startAt()).isAfter(page1.sessions().get(1).startAt());
        assertThat(page1.sessions()).allSatisfy(s -> assertThat(s.active()).isTrue());
        assertThat(ofUser0.total()).isEqualTo(3);
        assertThat(ofUser0.sessions()).allSatisfy(s -> assertThat(s.identifier()).isEqualTo("user_0"));
        assertThat(later.total()).isEqualTo(2);
    }

    @Test
    void sessionsAreScopedByEnvironment() {
        String token = start("user_1").token();

        VerifySessionResult inDev = sessions.verify(VerifySessionOptions.builder().env("dev").tag("user-session")
            .token(token).build());

        assertThat(inDev.valid()).isFalse();
    }

    @Test
    void startWithTheSameCacheTagReturnsTheSameSession() {
        StartSessionOptions options = StartSessionOptions.builder().tag("user-session")
            .data(Map.of("userId", "user_1")).cache("login-form").build();

        StartSessionResult first = sessions.start(options);
        StartSessionResult again = sessions.start(options);

        assertThat(again.sessionId()).isEqualTo(first.sessionId());
        assertThat(again.token()).isEqualTo(first.token());
    }
}
