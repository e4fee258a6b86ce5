package app.ductape.sessions;

import app.ductape.sessions.internal.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of Ductape's SDK proxy payload, as its workbench does it with crypto-js
 * ({@code CryptoJS.AES.encrypt(json, CryptoJS.SHA256(publicKey), {iv})}): AES-256-CBC with PKCS#7 padding,
 * the key the 32 bytes of SHA-256 of the UTF-8 key text, a fresh random 16-byte IV per payload, sent as
 * {@code hex(iv) + ":" + base64(ciphertext)}.
 *
 * <p>The key is derived once per client; each thread keeps one {@link Cipher}, initialised again for each
 * payload's IV (a {@code Cipher} is not thread-safe, and making one costs more than the encryption of a
 * small payload). Thread-safe.
 */
final class ProxyCipher {
    private static final int IV_BYTES = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Consumer<byte[]> ivSource;
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(ProxyCipher::newCipher);

    /**
     * The cipher of {@code keyText} (the public key, or an access key), with IVs from a {@link SeededRandom}, so
     * that making one reads no file on the thread preparing the call.
     */
    ProxyCipher(String keyText) {
        this(keyText, SeededRandom.create()::nextBytes);
    }

    /** The same with the IVs a test chooses, to compare with payloads made elsewhere. */
    ProxyCipher(String keyText, Consumer<byte[]> ivSource) {
        this.key = new SecretKeySpec(sha256(keyText), "AES");
        this.ivSource = ivSource;
    }

    /** The payload of {@code plaintext}: {@code hex(iv):base64(ciphertext)}. */
    String encrypt(byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        ivSource.accept(iv);
        Cipher cipher = ciphers.get();
        byte[] ciphertext;
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
            ciphertext = cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is in every Java runtime: " + e.getMessage(), e);
        }
        return HEX.formatHex(iv) + ":" + Base64.getEncoder().encodeToString(ciphertext);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/CBC/PKCS5Padding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is in every Java runtime", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ProxyCipher[AES-256-CBC, key=***]";
    }
}
