package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.eligibility.domain.PaymentMode;
import kz.gov.tsa.eligibility.domain.Receipt;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Submit an application with the whole family. Validates itself: the value objects check IINs,
 * the KATO code and the quarter; the aggregate checks the family (one applicant, no duplicates).
 *
 * @param quarter        the quarter the request names, if any: it must be the quarter of receipt (ELIG-03, D-81)
 * @param caller         who submits (the use case checks it reaches the region; its subject is the actor)
 * @param conditionalPayment ELIG-13: how a conditional assignment is paid (monthly, or a 3-month lump sum on request)
 * @param idempotencyKey the client's {@code Idempotency-Key}: the same key with the same content
 *                       returns the first result; with other content it is refused
 * @param paperReceipt   a paper application's earlier date of receipt and the reason it is entered only now
 *                       (role {@value Receipt#BACKDATING_ROLE}, D-81)
 */
public record SubmitApplicationCommand(
        RegionCode region,
        Optional<Quarter> quarter,
        List<FamilyMember> members,
        LivingConditions livingConditions,
        Application.Channel channel,
        Caller caller,
        Optional<String> idempotencyKey,
        PaymentMode conditionalPayment,
        Optional<Receipt.PaperReceipt> paperReceipt) {

    /** A command naming its quarter, received now; conditional assistance, if assigned, is paid monthly. */
    public SubmitApplicationCommand(RegionCode region, Quarter quarter, List<FamilyMember> members,
                                    LivingConditions livingConditions, Application.Channel channel, Caller caller,
                                    Optional<String> idempotencyKey) {
        this(region, Optional.of(quarter), members, livingConditions, channel, caller, idempotencyKey,
                PaymentMode.MONTHLY, Optional.empty());
    }

    /** A command naming its quarter, received now, with how conditional assistance is to be paid (ELIG-13). */
    public SubmitApplicationCommand(RegionCode region, Quarter quarter, List<FamilyMember> members,
                                    LivingConditions livingConditions, Application.Channel channel, Caller caller,
                                    Optional<String> idempotencyKey, PaymentMode conditionalPayment) {
        this(region, Optional.of(quarter), members, livingConditions, channel, caller, idempotencyKey,
                conditionalPayment, Optional.empty());
    }

    public SubmitApplicationCommand {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(paperReceipt, "paperReceipt");
        Objects.requireNonNull(livingConditions, "livingConditions");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        members = List.copyOf(members);
        conditionalPayment = conditionalPayment == null ? PaymentMode.MONTHLY : conditionalPayment;
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }

    /** The audit actor: the caller's subject. */
    public String actor() {
        return caller.subject();
    }

    /** A stable digest of the content (not of the key or actor), to detect a key reused for other content. */
    public String fingerprint() {
        StringBuilder s = new StringBuilder().append(region).append('|').append(quarter.map(Quarter::toString).orElse(""))
                .append('|').append(channel);
        paperReceipt.ifPresent(p -> s.append("|paper:").append(p.receivedOn()).append(':').append(p.reason()));
        s.append('|').append(livingConditions).append('|').append(conditionalPayment);
        for (FamilyMember m : members) {
            s.append('|').append(m.iin().value()).append(',').append(m.birthDate()).append(',').append(m.relation())
                    .append(',').append(m.residency()).append(',').append(m.disability()).append(',')
                    .append(m.longIllness()).append(',').append(m.fullTimeStudent()).append(',')
                    .append(new java.util.TreeSet<>(m.careDuties())).append(',').append(m.employment());
            m.careFor().forEach(c -> s.append(",care:").append(c.duty()).append(':').append(c.person().value())
                    .append(':').append(c.outsideFamily()));
            m.incomes().stream()
                    .map(i -> i.month() + ":" + i.kind() + ":" + i.amount())
                    .sorted()
                    .forEach(i -> s.append(',').append(i));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
