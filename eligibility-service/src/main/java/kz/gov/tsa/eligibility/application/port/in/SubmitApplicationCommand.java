package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.Quarter;
import kz.gov.tsa.eligibility.domain.RegionCode;

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
 * @param idempotencyKey the client's {@code Idempotency-Key}: the same key with the same content
 *                       returns the first result; with other content it is refused
 */
public record SubmitApplicationCommand(
        RegionCode region,
        Quarter quarter,
        List<FamilyMember> members,
        Application.Channel channel,
        String actor,
        Optional<String> idempotencyKey) {

    public SubmitApplicationCommand {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }

    /** A stable digest of the content (not of the key or actor), to detect a key reused for other content. */
    public String fingerprint() {
        StringBuilder s = new StringBuilder().append(region).append('|').append(quarter).append('|').append(channel);
        members.forEach(m -> s.append('|').append(m.iin().value()).append(',').append(m.birthDate()).append(',')
                .append(m.relation()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
