package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Test builders: members named by an age label, person keys of 64 hex digits. */
public final class Families {

    public static final String REGION = "750000000";

    private Families() {
    }

    /** A deterministic person key for a label, e.g. {@code key("aged40")}. */
    public static String key(String label) {
        String hex = String.format("%064x", new java.math.BigInteger(1, label.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return hex.substring(hex.length() - 64);
    }

    public static MemberShare member(String label, String share, boolean ableBodied) {
        return new MemberShare(key(label), "9001******" + Math.abs(label.hashCode() % 90 + 10), Tenge.of(share),
                ableBodied);
    }

    /** Members aged 17, 19, a 22-year-old student, a 24-year-old student and 40, 10 000.55 each. */
    public static List<MemberShare> fiveMembers() {
        return List.of(member("aged17", "10000.55", false), member("aged19", "10000.55", true),
                member("student22", "10000.55", true), member("student24", "10000.55", true),
                member("aged40", "10000.55", true));
    }

    public static Assignment unconditional(String quarterFrom, String quarterTo, List<MemberShare> members) {
        return Assignment.decided(UUID.randomUUID(), UUID.randomUUID(), "F-" + "1".repeat(32), REGION,
                AssignmentKind.UNCONDITIONAL, PaymentMode.MONTHLY, YearMonth.parse(quarterFrom),
                YearMonth.parse(quarterTo), total(members), members);
    }

    public static Assignment conditional(PaymentMode mode, List<MemberShare> members) {
        return Assignment.decided(UUID.randomUUID(), UUID.randomUUID(), "F-" + "2".repeat(32), REGION,
                AssignmentKind.CONDITIONAL, mode, YearMonth.parse("2026-01"), YearMonth.parse("2026-06"),
                total(members), members);
    }

    public static Tenge total(List<MemberShare> members) {
        return members.stream().map(MemberShare::monthlyShare).reduce(Tenge.ZERO, Tenge::plus);
    }
}
