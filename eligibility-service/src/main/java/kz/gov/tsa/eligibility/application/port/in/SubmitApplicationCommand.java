package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.eligibility.domain.PaymentMode;
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
 * @param caller         who submits (the use case checks it reaches the region; its subject is the actor)
 * @param conditionalPayment ELIG-13: how a conditional assignment is paid (monthly, or a 3-month lump sum on request)
 * @param idempotencyKey the client's {@code Idempotency-Key}: the same key with the same content
 *                       returns the first result; with other content it is refused
 */
public record SubmitApplicationCommand(
        RegionCode region,
        Quarter quarter,
        List<FamilyMember> members,
        LivingConditions livingConditions,
        Application.Channel channel,
        Caller caller,
        Optional<String> idempotencyKey,
        PaymentMode conditionalPayment) {

    /** A command whose conditional assistance, if assigned, is paid monthly (ELIG-13's default). */
    public SubmitApplicationCommand(RegionCode region, Quarter quarter, List<FamilyMember> members,
                                    LivingConditions livingConditions, Application.Channel channel, Caller caller,
                                    Optional<String> idempotencyKey) {
        this(region, quarter, members, livingConditions, channel, caller, idempotencyKey, PaymentMode.MONTHLY);
    }

    public SubmitApplicationCommand {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
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
        StringBuilder s = new StringBuilder().append(region).append('|').append(quarter).append('|').append(channel);
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
