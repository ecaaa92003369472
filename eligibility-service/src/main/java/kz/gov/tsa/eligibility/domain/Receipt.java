package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * ELIG-03 / ELIG-12: when an application was received, and so its quarter of application (D-81). The quarter is
 * the quarter of the date of receipt in Asia/Almaty — never what a client names: a request that names another
 * quarter is refused naming the field {@code quarter}. A paper application received earlier and entered now is
 * {@linkplain PaperReceipt back-dated}: only a caller with the role {@value #BACKDATING_ROLE} may do it, with the
 * date it was received (not in the future, not before new-format TSA began on 1 January 2018) and a reason for the
 * audit trail.
 *
 * @param receivedOn the date of receipt (ages and the dated parameters are taken on it)
 * @param receivedAt the instant of receipt: now, or the start of the paper's date of receipt in Asia/Almaty
 * @param quarter    the quarter of application, the quarter of {@code receivedOn}
 * @param paper      the back-dated paper receipt, when there is one
 */
public record Receipt(LocalDate receivedOn, Instant receivedAt, Quarter quarter, Optional<PaperReceipt> paper) {

    /** The role that may enter a paper application with its earlier date of receipt. */
    public static final String BACKDATING_ROLE = "backdated-entry";

    /** The first day of new-format TSA (Law of 2017 amending the Law on state targeted social assistance). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

    /** A paper application's date of receipt and why it is entered only now. */
    public record PaperReceipt(LocalDate receivedOn, String reason) {
        public PaperReceipt {
            Objects.requireNonNull(receivedOn, "receivedOn");
            reason = reason == null ? "" : reason.strip();
        }
    }

    public Receipt {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(paper, "paper");
    }

    /**
     * The receipt of an application submitted at {@code now}: today's, or the paper's earlier date when
     * {@code paper} is given and {@code mayBackdate}; refused (ELIG-03) naming each bad field.
     *
     * @param named       the quarter the request names, if any
     * @param mayBackdate whether the caller holds {@value #BACKDATING_ROLE}
     */
    public static Outcome<Receipt> of(Optional<Quarter> named, Optional<PaperReceipt> paper, boolean mayBackdate,
                                      Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (paper.isPresent()) {
            PaperReceipt p = paper.get();
            if (!mayBackdate) {
                return Outcome.refused(new Refusal(Refusal.Kind.FORBIDDEN, "ELIG-03", "application.backdating-not-allowed",
                        List.of(BACKDATING_ROLE), List.of(new Refusal.FieldRefusal("receivedOn",
                        "application.receipt.backdating-role", List.of(BACKDATING_ROLE))), Map.of()));
            }
            Refusal bad = Refusal.invalid("ELIG-03", "application.receipt-invalid");
            if (p.receivedOn().isAfter(today)) {
                bad = bad.withField("receivedOn", "application.receipt.in-future", today);
            } else if (p.receivedOn().isBefore(FIRST_DAY)) {
                bad = bad.withField("receivedOn", "application.receipt.before-new-tsa", FIRST_DAY);
            }
            if (p.reason().isEmpty()) {
                bad = bad.withField("receivedOnReason", "application.receipt.reason-missing");
            } else if (p.reason().length() > 500) {
                bad = bad.withField("receivedOnReason", "application.receipt.reason-too-long", 500);
            }
            if (!bad.fields().isEmpty()) {
                return Outcome.refused(bad);
            }
        }
        LocalDate receivedOn = paper.map(PaperReceipt::receivedOn).orElse(today);
        Instant receivedAt = paper.isPresent() ? receivedOn.atStartOfDay(zone).toInstant() : now;
        Quarter quarter = Quarter.of(receivedOn);
        if (named.isPresent() && !named.get().equals(quarter)) {
            return Outcome.refused(Refusal.invalid("ELIG-03", "application.quarter-not-of-receipt", quarter)
                    .withField("quarter", "application.receipt.quarter", quarter, receivedOn)
                    .with("quarterOfReceipt", quarter.toString()).with("receivedOn", receivedOn.toString()));
        }
        return Outcome.accepted(new Receipt(receivedOn, receivedAt, quarter, paper));
    }
}
