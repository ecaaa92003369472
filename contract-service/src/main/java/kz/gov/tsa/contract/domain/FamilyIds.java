package kz.gov.tsa.contract.domain;

/** D-13: a family's id is {@code F-} and the first 32 hex digits of its applicant's person key. */
public final class FamilyIds {
    private FamilyIds() {
    }

    public static String ofApplicantKey(String applicantKey) {
        if (applicantKey == null || applicantKey.length() < 32) {
            throw new IllegalArgumentException("a person key has 64 hex digits");
        }
        return "F-" + applicantKey.substring(0, 32);
    }
}
