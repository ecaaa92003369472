package kz.gov.tsa.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal identifiers (IIN, 12 digits) before they reach logs. */
public final class LogMasking {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

    private LogMasking() {
    }

    /**
     * {@code "900101300123"} → {@code "9001******23"}: keeps the first 4 and the last 2 digits. Anything that is not
     * exactly 12 digits is masked completely (same length); {@code null} stays {@code null}.
     */
    public static String iin(String iin) {
        if (iin == null) {
            return null;
        }
        if (iin.length() == 12 && iin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return iin.substring(0, 4) + "******" + iin.substring(10);
        }
        return "*".repeat(iin.length());
    }

    /** Replaces every stand-alone run of exactly 12 digits in free text with its {@link #iin masked} form. */
    public static String maskIins(String text) {
        if (text == null || text.length() < 12) {
            return text;
        }
        return TWELVE_DIGITS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(iin(m.group())));
    }
}
