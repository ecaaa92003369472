package kz.gov.tsa.payment.domain.register;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Three-way reconciliation of a month (PAY-04): entitlement (schedule lines due and not issued) ↔ instruction (the
 * month's lines per member share) ↔ the bank's confirmations. Every difference is a finding; nothing is settled
 * silently.
 */
public final class Reconciliation {

    public enum Kind {
        /** A share was due by the month and no line was issued for it (entitlement without instruction). */
        NOT_INSTRUCTED,
        /** An instruction the bank has not confirmed. */
        UNPAID,
        /** The bank returned the transfer. */
        RETURNED,
        /** The bank confirmed the instruction more than once. */
        CONFIRMED_TWICE,
        /** The bank confirmed another amount than instructed. */
        AMOUNT_DIFFERS,
        /** A confirmation for no instruction of the month. */
        UNKNOWN_INSTRUCTION
    }

    public record Finding(Kind kind, String endToEndId, String familyId, String maskedIin, Tenge instructed,
                          Tenge confirmed) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A share due by the month without a line (from the schedule). */
    public record DueShare(String familyId, String personKey, String maskedIin, YearMonth month, Tenge amount) {
    }

    public record Report(YearMonth month, long instructions, Tenge instructed, long paid, Tenge paidTotal,
                         List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        public long count(Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).count();
        }
    }

    private Reconciliation() {
    }

    public static Report reconcile(Register register, List<Confirmation> confirmations, List<DueShare> notIssued) {
        List<Finding> findings = new ArrayList<>();
        for (DueShare d : notIssued) {
            findings.add(new Finding(Kind.NOT_INSTRUCTED, null, d.familyId(), d.maskedIin(), d.amount(), null));
        }
        Map<String, List<Confirmation>> byId = confirmations.stream()
                .collect(Collectors.groupingBy(Confirmation::endToEndId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Instruction> instructions = register.instructions().stream()
                .collect(Collectors.toMap(Instruction::endToEndId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        long paid = 0;
        Tenge paidTotal = Tenge.ZERO;
        for (Instruction i : instructions.values()) {
            List<Confirmation> cs = byId.getOrDefault(i.endToEndId(), List.of());
            if (cs.isEmpty()) {
                findings.add(new Finding(Kind.UNPAID, i.endToEndId(), i.familyId(), i.maskedIin(), i.amount(), null));
                continue;
            }
            if (cs.size() > 1) {
                findings.add(new Finding(Kind.CONFIRMED_TWICE, i.endToEndId(), i.familyId(), i.maskedIin(), i.amount(),
                        cs.stream().map(Confirmation::amount).reduce(Tenge.ZERO, Tenge::plus)));
            }
            Confirmation c = cs.getFirst();
            if (c.status() == Confirmation.Status.RETURNED) {
                findings.add(new Finding(Kind.RETURNED, i.endToEndId(), i.familyId(), i.maskedIin(), i.amount(),
                        c.amount()));
                continue;
            }
            if (!c.amount().equals(i.amount())) {
                findings.add(new Finding(Kind.AMOUNT_DIFFERS, i.endToEndId(), i.familyId(), i.maskedIin(), i.amount(),
                        c.amount()));
            }
            paid++;
            paidTotal = paidTotal.plus(c.amount());
        }
        byId.forEach((id, cs) -> {
            if (!instructions.containsKey(id)) {
                findings.add(new Finding(Kind.UNKNOWN_INSTRUCTION, id, null, null, null,
                        cs.stream().map(Confirmation::amount).reduce(Tenge.ZERO, Tenge::plus)));
            }
        });
        findings.sort(Comparator.comparing(Finding::kind));
        return new Report(register.month(), register.count(), register.total(), paid, paidTotal, findings);
    }
}
