package app.ductape.sessions.middleware;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The cache key of a token: its SHA-256. A key never holds the token, and a 256-bit cryptographic digest
 * cannot let one token's entry answer for another (a 64-bit or non-cryptographic hash could). One
 * {@link MessageDigest} and buffers per thread, so a hit allocates only the key.
 */
final class TokenDigest {
    private static final ThreadLocal<TokenDigest> PER_THREAD = ThreadLocal.withInitial(TokenDigest::new);

    private final MessageDigest sha256;
    private final byte[] out = new byte[32];

    private TokenDigest() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The key of {@code token}. */
    static TokenKey of(String token) {
        return PER_THREAD.get().digest(token);
    }

    private TokenKey digest(String token) {
        sha256.update(token.getBytes(StandardCharsets.UTF_8));
        try {
            sha256.digest(out, 0, out.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a 32-byte buffer holds a SHA-256", e);
        }
        ByteBuffer bytes = ByteBuffer.wrap(out);
        return new TokenKey(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
    }

    /**
     * A token's SHA-256, as its four 8-byte words in order: equal only for equal tokens (as far as SHA-256
     * goes). The first word alone is a well-spread hash.
     */
    record TokenKey(long bytes0to7, long bytes8to15, long bytes16to23, long bytes24to31) {
        @Override
        public int hashCode() {
            return (int) (bytes0to7 ^ (bytes0to7 >>> 32));
        }

        /** The digest in lower-case hex, as fleets key shared answers. */
        String hex() {
            return String.format("%016x%016x%016x%016x", bytes0to7, bytes8to15, bytes16to23, bytes24to31);
        }

        @Override
        public String toString() {
            return "TokenKey[" + Long.toHexString(bytes0to7) + "…]";
        }
    }
}
