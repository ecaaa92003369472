package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static kz.gov.tsa.payment.domain.Families.conditional;
import static kz.gov.tsa.payment.domain.Families.fiveMembers;
import static kz.gov.tsa.payment.domain.Families.key;
import static kz.gov.tsa.payment.domain.Families.member;
import static kz.gov.tsa.payment.domain.Families.unconditional;
import static org.assertj.core.api.Assertions.assertThat;

/** PAY-01..05 with CON-06..08 and ELIG-12/13: schedules, sanction month, termination, adjustment, recovery. */
class PaymentRulesTest {

    static final UUID CONTRACT = UUID.fromString("00000000-0000-0000-0000-00000000c0c0");

    static YearMonth ym(String s) {
        return YearMonth.parse(s);
    }

    static Assignment signed(Assignment a, String first, String last) {
        return a.signContract(new ContractTerm(CONTRACT, ym(first), ym(last), false)).orElseThrow();
    }

    static Map<YearMonth, Tenge> perMonth(List<Entitlement> lines, String personKey) {
        return lines.stream().filter(e -> e.personKey().equals(personKey))
                .collect(Collectors.toMap(Entitlement::month, Entitlement::amount));
    }

    @Test
    void PAY01_ELIG12_anUnconditionalQuarterIsPaidMonthlyForEachMemberShare() {
        Assignment a = unconditional("2026-10", "2026-12", List.of(member("a", "12000.50", true),
                member("b", "12000.50", false)));
        List<Entitlement> lines = PaymentSchedule.of(a);
        assertThat(lines).hasSize(6);
        assertThat(lines).extracting(Entitlement::month).containsOnly(ym("2026-10"), ym("2026-11"), ym("2026-12"));
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.payMonth()).isEqualTo(e.month());
            assertThat(e.kind()).isEqualTo(LineKind.MONTHLY);
            assertThat(e.amount()).isEqualTo(Tenge.of("12000.50"));
            assertThat(e.ruleIds()).containsExactly("PAY-01", "ELIG-12");
            assertThat(e.status()).isEqualTo(AssignmentStatus.SCHEDULED);
        });
        assertThat(lines.stream().map(Entitlement::amount).reduce(Tenge.ZERO, Tenge::plus))
                .isEqualTo(a.monthlyAmount().times(3));
    }

    @Test
    void PAY01_ELIG12_anUnconditionalAssignmentIsMonthlyWhateverWasAsked() {
        Assignment a = Assignment.decided(UUID.randomUUID(), UUID.randomUUID(), "F-1", "750000000",
                AssignmentKind.UNCONDITIONAL, PaymentMode.LUMP_SUM_3_MONTHS, ym("2026-10"), ym("2026-12"),
                Tenge.of(100), List.of(member("a", "100.00", true)));
        assertThat(a.mode()).isEqualTo(PaymentMode.MONTHLY);
        assertThat(PaymentMode.of(null)).isEqualTo(PaymentMode.MONTHLY);
    }

    @Test
    void ELIG09_aConditionalAssignmentIsNotPaidBeforeItsContractIsSignedNorAfterALapse() {
        Assignment a = conditional(PaymentMode.MONTHLY, fiveMembers());
        assertThat(a.status()).isEqualTo(AssignmentStatus.AWAITING_CONTRACT);
        assertThat(PaymentSchedule.of(a)).isEmpty();
        Assignment lapsed = a.lapse().orElseThrow();
        assertThat(lapsed.status()).isEqualTo(AssignmentStatus.LAPSED);
        assertThat(PaymentSchedule.of(lapsed)).isEmpty();
        assertThat(lapsed.signContract(new ContractTerm(CONTRACT, ym("2026-03"), ym("2026-08"), false))
                .refusalIfAny()).map(Refusal::ruleId).contains("ELIG-09");
    }

    @Test
    void PAY01_ELIG13_aContractTermOf6MonthsIsPaidMonthlyFromTheMonthOfSigning() {
        Assignment a = signed(conditional(PaymentMode.MONTHLY, fiveMembers()), "2026-03", "2026-08");
        List<Entitlement> lines = PaymentSchedule.of(a);
        assertThat(lines).hasSize(6 * 5);
        assertThat(lines).extracting(Entitlement::month).containsOnly(ym("2026-03"), ym("2026-04"), ym("2026-05"),
                ym("2026-06"), ym("2026-07"), ym("2026-08"));
        assertThat(lines).allSatisfy(e -> {
            assertThat(e.payMonth()).isEqualTo(e.month());
            assertThat(e.ruleIds()).containsExactly("PAY-01", "ELIG-13");
            assertThat(e.contractId()).isEqualTo(CONTRACT);
        });
        // the same signature again changes nothing
        assertThat(a.signContract(new ContractTerm(CONTRACT, ym("2026-03"), ym("2026-08"), false)).orElseThrow())
                .isEqualTo(a);
    }

    @Test
    void PAY01_CON05_aContractTermOf12MonthsAfterItsExtensionIsPaidForEveryMonth() {
        Assignment six = signed(conditional(PaymentMode.MONTHLY, fiveMembers()), "2026-03", "2026-08");
        Assignment twelve = six.extend(CONTRACT, ym("2027-02")).orElseThrow();
        List<Entitlement> lines = PaymentSchedule.of(twelve);
        assertThat(lines).hasSize(12 * 5);
        assertThat(lines).extracting(Entitlement::month).contains(ym("2026-03"), ym("2026-12"), ym("2027-02"))
                .doesNotContain(ym("2026-02"), ym("2027-03"));
        assertThat(twelve.status()).isEqualTo(AssignmentStatus.EXTENDED);
        assertThat(lines).allSatisfy(e -> assertThat(e.ruleIds()).contains("CON-05"));
        // a 12-month term signed as such is the same schedule
        Assignment direct = signed(conditional(PaymentMode.MONTHLY, fiveMembers()), "2026-03", "2027-02");
        assertThat(PaymentSchedule.of(direct)).hasSize(60);
        assertThat(six.extend(CONTRACT, ym("2026-07")).refusalIfAny()).map(Refusal::ruleId).contains("CON-05");
    }

    @Test
    void PAY01_ELIG13_aLumpSumPaysThreeMonthsAtOnceInTheFirstMonthOfEachBlock() {
        Assignment a = signed(conditional(PaymentMode.LUMP_SUM_3_MONTHS, List.of(member("a", "20000.00", true))),
                "2026-03", "2026-08");
        List<Entitlement> lines = PaymentSchedule.of(a);
        assertThat(lines).hasSize(6);
        assertThat(lines).allSatisfy(e -> assertThat(e.kind()).isEqualTo(LineKind.LUMP_SUM));
        Map<YearMonth, List<YearMonth>> byPayMonth = lines.stream().collect(Collectors.groupingBy(Entitlement::payMonth,
                java.util.TreeMap::new, Collectors.mapping(Entitlement::month, Collectors.toList())));
        assertThat(byPayMonth).containsOnlyKeys(ym("2026-03"), ym("2026-06"));
        assertThat(byPayMonth.get(ym("2026-03"))).containsExactly(ym("2026-03"), ym("2026-04"), ym("2026-05"));
        assertThat(byPayMonth.get(ym("2026-06"))).containsExactly(ym("2026-06"), ym("2026-07"), ym("2026-08"));

        // a run in March pays the first three months (60 000.00) and nothing of the second block
        List<PaymentLine> march = PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-03"), lines, List.of());
        assertThat(march).hasSize(3);
        assertThat(march.stream().map(PaymentLine::amount).reduce(Tenge.ZERO, Tenge::plus)).isEqualTo(Tenge.of(60000));
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-04"), lines, march)).isEmpty();
    }

    static Assignment sanctionedInMay() {
        Assignment a = signed(conditional(PaymentMode.MONTHLY, fiveMembers()), "2026-03", "2026-08");
        // contract-service found (D-34, ages on 2026-05-01): affected 19, the 24-year-old student and 40;
        // exempt the 17-year-old and the 22-year-old full-time student
        return a.sanction(CONTRACT, new Sanction(UUID.randomUUID(), ym("2026-05"), 50,
                Set.of(key("aged19"), key("student24"), key("aged40")))).orElseThrow();
    }

    @Test
    void PAY02_CON07_aSanctionHalvesExactlyTheAffectedMembersSharesInExactlyThatMonth() {
        List<Entitlement> lines = PaymentSchedule.of(sanctionedInMay());
        Tenge full = Tenge.of("10000.55");
        Tenge half = Tenge.of("5000.28"); // 5000.275 rounded HALF_UP to the tiyn (REF-08)
        for (String affected : List.of("aged19", "student24", "aged40")) {
            Map<YearMonth, Tenge> m = perMonth(lines, key(affected));
            assertThat(m.get(ym("2026-05"))).as(affected).isEqualTo(half);
            assertThat(m.get(ym("2026-04"))).as(affected).isEqualTo(full);
            assertThat(m.get(ym("2026-06"))).as(affected).isEqualTo(full);
        }
        for (String exempt : List.of("aged17", "student22")) {
            assertThat(perMonth(lines, key(exempt)).values()).as(exempt).containsOnly(full);
        }
        assertThat(lines.stream().filter(e -> e.month().equals(ym("2026-05")) && e.personKey().equals(key("aged40")))
                .findFirst().orElseThrow().ruleIds()).contains("PAY-02", "CON-07");
    }

    @Test
    void CON07_aSanctionNeedsTheSignedContractAndMembersOfTheFamily() {
        Assignment unsigned = conditional(PaymentMode.MONTHLY, fiveMembers());
        Sanction s = new Sanction(UUID.randomUUID(), ym("2026-05"), 50, Set.of(key("aged40")));
        assertThat(unsigned.sanction(CONTRACT, s).refusalIfAny()).map(Refusal::ruleId).contains("CON-07");
        Assignment a = signed(unsigned, "2026-03", "2026-08");
        assertThat(a.sanction(CONTRACT, new Sanction(UUID.randomUUID(), ym("2026-05"), 50, Set.of(key("stranger"))))
                .refusalIfAny()).map(Refusal::kind).contains(Refusal.Kind.UNPROCESSABLE);
        Assignment once = a.sanction(CONTRACT, s).orElseThrow();
        assertThat(once.sanction(CONTRACT, s).orElseThrow()).isEqualTo(once); // the same breach again
    }

    @Test
    void PAY03_CON08_aTerminationKeepsOnlyMinorsAndFullTimeStudentsUpTo23FromTheFirstStoppedMonth() {
        Assignment a = sanctionedInMay().terminate(CONTRACT, new Termination("REPEAT_BREACH", "CON-08",
                ym("2026-07"), Set.of(key("aged17"), key("student22")))).orElseThrow();
        assertThat(a.status()).isEqualTo(AssignmentStatus.TERMINATED);
        List<Entitlement> lines = PaymentSchedule.of(a);
        for (String stopped : List.of("aged19", "student24", "aged40")) {
            Map<YearMonth, Tenge> m = perMonth(lines, key(stopped));
            assertThat(m.get(ym("2026-06"))).isEqualTo(Tenge.of("10000.55"));
            assertThat(m.get(ym("2026-07"))).isEqualTo(Tenge.ZERO);
            assertThat(m.get(ym("2026-08"))).isEqualTo(Tenge.ZERO);
        }
        for (String continuing : List.of("aged17", "student22")) {
            assertThat(perMonth(lines, key(continuing)).values()).containsOnly(Tenge.of("10000.55"));
        }
        // a run in July pays only the two continuing shares
        List<PaymentLine> july = PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-07"),
                lines.stream().filter(e -> e.month().equals(ym("2026-07"))).toList(), List.of());
        assertThat(july).extracting(PaymentLine::personKey).containsExactlyInAnyOrder(key("aged17"), key("student22"));
    }

    @Test
    void PAY03_CON06_aRevokedConditionalAssignmentStopsTheAbleBodiedMembersOnly() {
        Assignment a = signed(conditional(PaymentMode.MONTHLY, fiveMembers()), "2026-03", "2026-08")
                .revoke(new Revocation("undeclared wages", "operator1", Instant.parse("2026-04-10T05:00:00Z")))
                .orElseThrow();
        assertThat(a.stoppedByRevocation()).doesNotContain(key("aged17")).hasSize(4);
        assertThat(perMonth(PaymentSchedule.of(a), key("aged17")).values()).containsOnly(Tenge.of("10000.55"));
        assertThat(perMonth(PaymentSchedule.of(a), key("aged40")).values()).containsOnly(Tenge.ZERO);
    }

    @Test
    void PAY04_aLateSanctionAfterTheMonthWasPaidIsAnAdjustmentLineInTheNextRunAndThePaidLineIsUnchanged() {
        Assignment a = signed(conditional(PaymentMode.MONTHLY, fiveMembers()), "2026-03", "2026-08");
        List<PaymentLine> issued = new ArrayList<>();
        for (String m : List.of("2026-03", "2026-04", "2026-05")) {
            issued.addAll(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym(m), PaymentSchedule.of(a), issued));
        }
        assertThat(issued).hasSize(15);
        List<PaymentLine> before = List.copyOf(issued);

        Assignment late = a.sanction(CONTRACT, new Sanction(UUID.randomUUID(), ym("2026-05"), 50,
                Set.of(key("aged19"), key("student24"), key("aged40")))).orElseThrow();
        List<PaymentLine> june = PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-06"), PaymentSchedule.of(late),
                issued);
        List<PaymentLine> adjustments = june.stream().filter(l -> l.kind() == LineKind.ADJUSTMENT).toList();
        assertThat(adjustments).hasSize(3);
        assertThat(adjustments).allSatisfy(l -> {
            assertThat(l.month()).isEqualTo(ym("2026-05"));
            assertThat(l.runMonth()).isEqualTo(ym("2026-06"));
            assertThat(l.amount()).isEqualTo(Tenge.of("-5000.27")); // 5000.28 due − 10000.55 paid
            assertThat(l.ruleIds()).contains("PAY-02", "CON-07", "PAY-04");
        });
        assertThat(june.stream().filter(l -> l.kind() == LineKind.MONTHLY)).hasSize(5);
        assertThat(issued).isEqualTo(before);

        issued.addAll(june);
        // run again in June: nothing more; a July run does not adjust May again
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-06"), PaymentSchedule.of(late), issued)).isEmpty();
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-07"), PaymentSchedule.of(late), issued))
                .allSatisfy(l -> assertThat(l.kind()).isEqualTo(LineKind.MONTHLY)).hasSize(5);
    }

    @Test
    void PAY04_aMonthRunTwiceOrRetriedIssuesEveryLineOnceUnderAStableKey() {
        Assignment a = unconditional("2026-10", "2026-12", fiveMembers());
        List<PaymentLine> first = PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-10"), PaymentSchedule.of(a),
                List.of());
        assertThat(first).hasSize(5);
        assertThat(first).extracting(PaymentLine::idempotencyKey).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k).startsWith("PAY|" + a.familyId() + "|").endsWith("|2026-10|MONTHLY"));
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-10"), PaymentSchedule.of(a), first)).isEmpty();
        // a late run for December pays up November too
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-12"), PaymentSchedule.of(a), first))
                .extracting(PaymentLine::month).containsOnly(ym("2026-11"), ym("2026-12")).hasSize(10);
    }

    @Test
    void PAY04_twoDecisionsForOneMemberAndMonthPayItOnceAndNeverSwingBetweenThem() {
        Assignment first = unconditional("2026-10", "2026-12", List.of(member("a", "100.00", true)));
        Assignment second = unconditional("2026-10", "2026-12", List.of(member("a", "120.00", true)));
        List<Entitlement> both = new ArrayList<>(PaymentSchedule.of(first));
        both.addAll(PaymentSchedule.of(second));
        List<PaymentLine> issued = new ArrayList<>();
        for (String m : List.of("2026-10", "2026-11", "2026-12")) {
            issued.addAll(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym(m), both, issued));
        }
        assertThat(issued).hasSize(3).allSatisfy(l -> {
            assertThat(l.kind()).isEqualTo(LineKind.MONTHLY);
            assertThat(l.decisionId()).isEqualTo(first.decisionId());
        });
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2027-01"), both, issued)).isEmpty();
    }

    @Test
    void PAY05_everyLineCarriesItsDecisionContractStateAndRules() {
        Assignment a = sanctionedInMay();
        PaymentLine may = PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-05"), PaymentSchedule.of(a), List.of())
                .stream().filter(l -> l.month().equals(ym("2026-05")) && l.personKey().equals(key("aged40")))
                .findFirst().orElseThrow();
        assertThat(may.decisionId()).isEqualTo(a.decisionId());
        assertThat(may.contractId()).isEqualTo(CONTRACT);
        assertThat(may.contractState()).isEqualTo(AssignmentStatus.SCHEDULED);
        assertThat(may.ruleIds()).containsExactly("PAY-01", "ELIG-13", "PAY-02", "CON-07");
    }

    @Test
    void CON06_aRevocationAfterPaymentIsARecoveryRecordOfThePaidMonthsNeverNetted() {
        Assignment a = unconditional("2026-10", "2026-12", List.of(member("a", "12000.50", true),
                member("b", "8000.25", false)));
        List<PaymentLine> issued = new ArrayList<>();
        issued.addAll(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-10"), PaymentSchedule.of(a), issued));
        issued.addAll(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-11"), PaymentSchedule.of(a), issued));
        Assignment revoked = a.revoke(new Revocation("undeclared wages", "operator1",
                Instant.parse("2026-11-20T05:00:00Z"))).orElseThrow();

        RecoveryRecord r = Recoveries.forRevocation(revoked, issued, UUID.randomUUID(), Instant.now()).orElseThrow();
        assertThat(r.amount()).isEqualTo(Tenge.of("40001.50"));
        assertThat(r.months()).containsExactly(ym("2026-10"), ym("2026-11"));
        assertThat(r.ruleId()).isEqualTo("CON-06");
        assertThat(r.reason()).isEqualTo("undeclared wages");
        // December is cancelled and nothing is netted against the paid months
        assertThat(PaymentRunPolicy.linesDue(UUID.randomUUID(), ym("2026-12"), PaymentSchedule.of(revoked), issued))
                .isEmpty();
        // a revocation before any payment leaves nothing to recover
        assertThat(Recoveries.forRevocation(revoked, List.of(), UUID.randomUUID(), Instant.now())).isEmpty();
    }
}
