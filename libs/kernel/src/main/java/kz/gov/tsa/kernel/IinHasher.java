package kz.gov.tsa.kernel;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Turns an {@link Iin} into the person's pseudonymous key: HMAC-SHA256 of the 12 ASCII digits under a
 * secret shared by every service, written as 64 lower-case hexadecimal characters. It is the Kafka key of
 * person events ({@code tsa.employment.v1}) and the seed of family ids, so that no raw IIN is ever a key.
 * <p>
 * The secret has at least {@value #MIN_SECRET_BYTES} bytes (the HMAC-SHA256 block security); a shorter one
 * is refused. Changing the secret changes every key, so it is set once per environment. Immutable and
 * thread-safe; {@link #toString()} never shows the secret.
 */
public final class IinHasher {

    /** Shortest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    private IinHasher(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an IIN hashing secret needs at least " + MIN_SECRET_BYTES
                    + " bytes, got " + secret.length);
        }
        this.secret = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
    }

    /** A hasher with a copy of {@code secret} (at least {@value #MIN_SECRET_BYTES} bytes). */
    public static IinHasher of(byte[] secret) {
        return new IinHasher(secret);
    }

    /** A hasher whose secret is given in Base64 (as configuration usually holds it). */
    public static IinHasher ofBase64(String secret) {
        Objects.requireNonNull(secret, "secret");
        return new IinHasher(Base64.getDecoder().decode(secret.strip()));
    }

    /** HMAC-SHA256 of the 12 digits, 64 lower-case hex characters. */
    public String hash(Iin iin) {
        Objects.requireNonNull(iin, "iin");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(iin.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "IinHasher[HmacSHA256, secret hidden]";
    }
}
