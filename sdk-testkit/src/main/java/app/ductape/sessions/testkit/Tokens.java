package app.ductape.sessions.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

/** Session tokens ({@code tag:} + an HS256 JWT signed by nimbus-jose-jwt) and opaque refresh tokens. */
final class Tokens {
    private final SecureRandom random = new SecureRandom();
    private final MACSigner signer;
    private final MACVerifier verifier;

    Tokens() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 key setup failed", e);
        }
    }

    /** Claims a session token carries. */
    record Claims(String sessionId, String product, String tag, String env, Map<String, Object> data,
                  Instant expiresAt) {}

    String issue(Claims claims, Instant issuedAt) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
            .jwtID(randomId(12))
            .claim("sid", claims.sessionId())
            .claim("product", claims.product())
            .claim("tag", claims.tag())
            .claim("env", claims.env())
            .claim("data", claims.data())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(claims.expiresAt()))
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return claims.tag() + ":" + jwt.serialize();
    }

    /**
     * The claims of a genuine token for {@code tag}, or {@code null} when the token is malformed, for
     * another tag, or its signature does not verify. Expiry is the caller's business.
     */
    Claims read(String token, String tag) {
        String prefix = tag + ":";
        if (token == null || !token.startsWith(prefix)) {
            return null;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.substring(prefix.length()));
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return null;
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            Date expiry = set.getExpirationTime();
            if (expiry == null) {
                return null;
            }
            return new Claims(set.getStringClaim("sid"), set.getStringClaim("product"), set.getStringClaim("tag"),
                set.getStringClaim("env"), set.getJSONObjectClaim("data"), expiry.toInstant());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return null;
        }
    }

    String newRefreshToken() {
        return "rt_" + randomId(24);
    }

    private String randomId(int bytes) {
        byte[] id = new byte[bytes];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
