package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * EMP-08 (2): the Centre invited the person for an active measure; they come within
 * {@code EMP08_INVITATION_WORKING_DAYS} (3) working days ({@code comeBy}), or the invitation is not followed.
 */
public record Invitation(UUID id, MeasureKind measure, LocalDate invitedOn, LocalDate comeBy, LocalDate cameOn) {

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(invitedOn, "invitedOn");
        Objects.requireNonNull(comeBy, "comeBy");
    }

    /** Not followed by {@code day}: the person has not come and the come-by day has passed. */
    public boolean notFollowedBy(LocalDate day) {
        return cameOn == null && comeBy.isBefore(day);
    }
}
