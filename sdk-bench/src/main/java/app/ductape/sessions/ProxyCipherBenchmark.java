package app.ductape.sessions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * B10's encryption alone: the SDK's own {@link ProxyCipher} (it lives in this package so that the
 * benchmark measures the SDK's code, not a copy) on a 1 KB payload, against the same encryption with the
 * key derived and the {@link Cipher} made on every call, what the SDK avoids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProxyCipherBenchmark {
    private static final String KEY = "pk_bench";

    private final SecureRandom random = new SecureRandom();
    private ProxyCipher cipher;
    private byte[] kilobyte;

    @Setup
    public void setUp() {
        cipher = new ProxyCipher(KEY);
        kilobyte = new byte[1024];
        Arrays.fill(kilobyte, (byte) 'a');
    }

    @Benchmark
    public String sdk() {
        return cipher.encrypt(kilobyte);
    }

    @Benchmark
    public String perCall() throws GeneralSecurityException {
        SecretKeySpec key = new SecretKeySpec(MessageDigest.getInstance("SHA-256")
            .digest(KEY.getBytes(StandardCharsets.UTF_8)), "AES");
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        Cipher each = Cipher.getInstance("AES/CBC/PKCS5Padding");
        each.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
        return HexFormat.of().formatHex(iv) + ":" + Base64.getEncoder().encodeToString(each.doFinal(kilobyte));
    }
}
