package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.RegionCode;

import java.util.Objects;

/**
 * One of the 20 top-level regions of Kazakhstan by KATO code (REFERENCE-DATA §1): 17 oblasts and three
 * cities of republican significance (Astana 710000000, Almaty 750000000, Shymkent 790000000), with the
 * names in Kazakh, Russian (as in the KATO file) and English.
 */
public record Region(RegionCode code, String nameKk, String nameRu, String nameEn, Kind kind) {

    public enum Kind { OBLAST, CITY_OF_REPUBLICAN_SIGNIFICANCE }

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameKk, "nameKk");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
    }
}
