package app.ductape.sessions.internal;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Masks secret values (credentials, session tokens, refresh tokens) in text that leaves the SDK as
 * a log line or an exception message, including text the server echoed back.
 */
public final class Redactor {
    public static final String MASK = "***";

    /** Secrets shorter than this are not masked: masking "a" everywhere would garble messages. */
    private static final int MIN_SECRET_LENGTH = 4;

    /** A JWT (header.payload.signature, base64url): whatever token it is, it is never shown. */
    private static final Pattern JWT = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*");

    private Redactor() {}

    /** {@code text} with every known secret, and anything shaped like a session token, masked. */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text.contains("eyJ") ? JWT.matcher(text).replaceAll(MASK) : text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH && result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
