package kz.gov.tsa.payment.domain.register;

import kz.gov.tsa.kernel.Tenge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One credit transfer of a month's register: what the month's runs issued to one member share of one family, summed
 * over its lines (monthly, lump-sum and adjustment lines), under an end-to-end id that is the same every time the
 * register is built (PAY-04) — the key by which the bank's confirmation is matched.
 *
 * @param lines how many payment lines it sums
 */
public record Instruction(String endToEndId, YearMonth month, String familyId, String regionCode, String personKey,
                          String maskedIin, Tenge amount, long lines) {

    /** ISO 20022 allows 35 characters for an end-to-end id. */
    public static final int MAX_ID = 35;

    public Instruction {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(amount, "amount");
        if (endToEndId.length() > MAX_ID) {
            throw new IllegalArgumentException("an end-to-end id has at most 35 characters");
        }
    }

    /** {@code TSA} + {@code yyyyMM} + 26 hex digits of MD5(family | person key): stable, no personal data. */
    public static String endToEndId(YearMonth month, String familyId, String personKey) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((familyId + "|" + personKey).getBytes(StandardCharsets.UTF_8));
            return "TSA" + month.toString().replace("-", "") + HexFormat.of().formatHex(digest).substring(0, 26);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** The id of this transfer re-issued after the bank returned it: {@code TSR} in place of {@code TSA}. */
    public String reissueId() {
        return "TSR" + endToEndId.substring(3);
    }

    /** This transfer again, under its re-issue id: the same entitlement, the same amount. */
    public Instruction reissued() {
        return new Instruction(reissueId(), month, familyId, regionCode, personKey, maskedIin, amount, lines);
    }

    /** True when it transfers money (a share whose adjustments exceed its lines is withheld, not sent). */
    public boolean payable() {
        return amount.isPositive();
    }
}
