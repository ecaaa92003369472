package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * PAY-01..03 as one pure function: an assignment's facts → its schedule lines, the same every time it is replayed.
 * <ul>
 *   <li>PAY-01, ELIG-12: unconditional — each member's share for each month of the assigned period, monthly;</li>
 *   <li>PAY-01, ELIG-13: conditional — nothing before {@code ContractSigned} or after a lapse; then each month of
 *   the contract's paid months (extension included), monthly, or in lump sums: the months in blocks of three from
 *   the first paid month, each block paid in its first month;</li>
 *   <li>PAY-02, CON-07: a sanctioned month pays the affected members' shares less the percent (REF-08: HALF_UP to
 *   the tiyn); every other member and month is untouched;</li>
 *   <li>PAY-03, CON-08/CON-06: from the first stopped month only continuing members are due;</li>
 *   <li>PAY-03, CON-06 (2): after a revocation nothing is due to the members it stops, for any month (the
 *   assignment was unlawful); what was paid to them becomes a {@link RecoveryRecord}.</li>
 * </ul>
 */
public final class PaymentSchedule {

    private PaymentSchedule() {
    }

    public static List<Entitlement> of(Assignment a) {
        YearMonth first;
        YearMonth last;
        String periodRule;
        if (a.kind() == AssignmentKind.UNCONDITIONAL) {
            first = a.periodFrom();
            last = a.periodTo();
            periodRule = "ELIG-12";
        } else {
            if (a.contract() == null || a.lapsed()) {
                return List.of();
            }
            first = a.contract().first();
            last = a.contract().last();
            periodRule = "ELIG-13";
        }
        boolean lumpSum = a.mode() == PaymentMode.LUMP_SUM_3_MONTHS;
        List<Entitlement> out = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long offset = first.until(month, java.time.temporal.ChronoUnit.MONTHS);
            YearMonth payMonth = lumpSum ? first.plusMonths(offset - offset % PaymentMode.LUMP_SUM_MONTHS) : month;
            for (MemberShare m : a.members()) {
                List<String> rules = new ArrayList<>(List.of("PAY-01", periodRule));
                if (a.contract() != null && a.contract().extended()) {
                    rules.add("CON-05");
                }
                Tenge amount = m.monthlyShare();
                for (Sanction s : a.sanctions()) {
                    if (s.month().equals(month) && s.affected().contains(m.personKey())) {
                        amount = amount.times(BigDecimal.valueOf(100 - s.percent()).movePointLeft(2));
                        rules.add("PAY-02");
                        rules.add("CON-07");
                    }
                }
                Termination t = a.termination();
                if (t != null && !month.isBefore(t.firstMonthStopped()) && !t.continuing().contains(m.personKey())) {
                    amount = Tenge.ZERO;
                    rules.add("PAY-03");
                    rules.add(t.ruleId());
                }
                if (a.revocation() != null && a.stoppedByRevocation().contains(m.personKey())) {
                    amount = Tenge.ZERO;
                    if (!rules.contains("PAY-03")) {
                        rules.add("PAY-03");
                    }
                    rules.add("CON-06");
                }
                out.add(new Entitlement(a.decisionId(), a.familyId(), a.regionCode(), m.personKey(), m.maskedIin(),
                        month, payMonth, lumpSum ? LineKind.LUMP_SUM : LineKind.MONTHLY, m.monthlyShare(), amount,
                        rules.stream().distinct().toList(), a.contract() == null ? null : a.contract().contractId(),
                        a.status()));
            }
        }
        return out;
    }
}
