package app.ductape.sessions.internal;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random bytes that never read a file once made: the platform's DRBG (NIST SP 800-90A), seeded when it is
 * created, which is when a client is built. The defaults, {@code new SecureRandom()} and
 * {@code UUID.randomUUID()} (NativePRNG on Linux), read /dev/urandom as they go, and so could block the
 * thread that prepares a call: a Netty event loop, in a WebFlux application. Thread-safe.
 */
public final class SeededRandom {
    private final SecureRandom random;

    private SeededRandom(SecureRandom random) {
        this.random = random;
    }

    /**
     * A DRBG, seeded now.
     *
     * @return the source
     */
    public static SeededRandom create() {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("DRBG is in every Java runtime since 9: " + e.getMessage(), e);
        }
        random.nextBytes(new byte[16]);
        return new SeededRandom(random);
    }

    /**
     * Fills {@code bytes}.
     *
     * @param bytes the bytes to fill
     */
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    /**
     * A random (version 4) UUID, as {@code UUID.randomUUID()} makes.
     *
     * @return the UUID
     */
    public UUID nextUuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
