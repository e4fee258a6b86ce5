package app.ductape.sessions.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The archive's one owner of SHA-256 (an architecture rule keeps it the only one in the module): the
 * fingerprint of a record's content and the key of a sync lock. Not thread-safe; each user holds its own.
 */
final class Sha256 {
    private final MessageDigest digest;

    Sha256() {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The digest of {@code text} as UTF-8. */
    byte[] ofText(String text) {
        return digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of {@code parts}, each as UTF-8 text followed by a 0 byte (so no two lists of parts collide). */
    byte[] ofParts(String... parts) {
        for (String part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return digest.digest();
    }
}
