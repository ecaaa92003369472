package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;

import java.util.Objects;
import java.util.Optional;

/**
 * Who changes reference data: the ministry ({@code admin}) changes national parameters and any region's
 * values; a region's {@code akimat} changes only the regional values of its own region (its token's
 * {@code region} claim, a KATO code).
 *
 * @param name   the token's principal name (the audit actor)
 * @param ownRegion the akimat's region; empty for the ministry, or for an akimat token without the claim
 */
public record Editor(String name, boolean ministry, Optional<RegionCode> ownRegion) {

    public Editor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an editor has a name");
        }
        ownRegion = ownRegion == null ? Optional.empty() : ownRegion;
    }

    /** The caller as an editor: {@code admin} is the ministry; anyone else edits as an akimat of the region it reaches. */
    public static Editor of(Caller caller) {
        return caller.hasRole("admin") ? ministry(caller.subject()) : akimat(caller.subject(), caller.ownRegion());
    }

    public static Editor ministry(String name) {
        return new Editor(name, true, Optional.empty());
    }

    public static Editor akimat(String name, Optional<RegionCode> region) {
        return new Editor(name, false, region);
    }

    /** True when this editor may change {@code parameter} for {@code region} (empty for a national value). */
    public boolean mayChange(ReferenceParameter parameter, Optional<RegionCode> region) {
        if (ministry) {
            return true;
        }
        return parameter.regional() && region.isPresent() && ownRegion.equals(region);
    }
}
