package kz.gov.tsa.eligibility.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One member of the applicant's family (ELIG-14: composition). */
public record FamilyMember(Iin iin, LocalDate birthDate, Relation relation) {

    public enum Relation { APPLICANT, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER }

    public FamilyMember {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(relation, "relation");
    }
}
