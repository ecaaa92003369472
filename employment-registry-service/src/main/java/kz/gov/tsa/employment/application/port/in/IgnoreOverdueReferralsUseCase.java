package kz.gov.tsa.employment.application.port.in;

/** PRG-10, EMP-08 (2): the daily job announcing referrals not followed within 5 working days ({@code ReferralIgnored}). */
public interface IgnoreOverdueReferralsUseCase {
    /** Returns how many referrals were announced as ignored. */
    int ignoreOverdue();
}
