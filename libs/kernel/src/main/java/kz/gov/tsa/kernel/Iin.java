package kz.gov.tsa.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Individual identification number (ЖСН / ИИН): 12 digits, the first six the birth date YYMMDD, the
 * seventh the century and sex (1–6), the twelfth a check digit computed with two weight rows mod 11.
 * Create with {@link #parse(String)}; {@link #toString()} never prints the full number.
 * <p>
 * A raw IIN is never a key (Kafka key, family id, log field): use {@link #keyedHash(byte[])} or an
 * {@link IinHasher}, which give the same person the same pseudonymous key in every service that holds the
 * same secret.
 */
public record Iin(String value) {

    private static final int[] WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** Refuses anything {@link #isValid(String)} refuses; the message shows only the masked number. */
    public Iin {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid IIN: " + mask(value));
        }
    }

    public static Iin parse(String value) {
        return new Iin(value);
    }

    /** True when {@code value} has 12 digits, a real birth date, a century digit 1–6 and the right check digit. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int centuryDigit = value.charAt(6) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            return false;
        }
        if (birthDate(value) == null) {
            return false;
        }
        return checkDigit(value) == value.charAt(11) - '0';
    }

    /**
     * The check digit of the first 11 digits (weights 1..11, then 3..11,1,2, mod 11), or -1 when none exists for
     * them (the registry skips such serials). Public so that test data builders compute it here, once.
     */
    public static int checkDigit(String digits) {
        if (digits == null || digits.length() < 11 || !digits.substring(0, 11).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the check digit is computed over 11 digits");
        }
        int sum = weighted(digits, WEIGHTS_1) % 11;
        if (sum == 10) {
            sum = weighted(digits, WEIGHTS_2) % 11;
        }
        return sum == 10 ? -1 : sum;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static LocalDate birthDate(String value) {
        int century = switch (value.charAt(6)) {
            case '1', '2' -> 1800;
            case '3', '4' -> 1900;
            default -> 2000;
        };
        try {
            return LocalDate.of(century + Integer.parseInt(value.substring(0, 2)),
                    Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Sex encoded in the seventh digit: odd = male, even = female (used for the retirement age, ELIG-06). */
    public Sex sex() {
        return (value.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Birth date encoded in the IIN. */
    public LocalDate birthDate() {
        return birthDate(value);
    }

    /**
     * The pseudonymous key of this person: HMAC-SHA256 of the 12 ASCII digits under {@code key}, as 64
     * lower-case hexadecimal characters. The same IIN and key give the same result in every service; a
     * different key gives an unrelated one. See {@link IinHasher} (which this delegates to) for the key rules.
     *
     * @throws IllegalArgumentException when {@code key} is shorter than {@value IinHasher#MIN_SECRET_BYTES} bytes
     */
    public String keyedHash(byte[] key) {
        return IinHasher.of(key).hash(this);
    }

    /** {@code 9001******23}: first four and last two digits, for logs and messages. */
    public static String mask(String value) {
        if (value == null || value.length() < 7) {
            return "****";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 6) + value.substring(value.length() - 2);
    }

    /** The masked number, never the full one. */
    @Override
    public String toString() {
        return mask(value);
    }
}
