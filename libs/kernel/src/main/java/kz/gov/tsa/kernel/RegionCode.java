package kz.gov.tsa.kernel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * KATO code of one of the top-level regions of Kazakhstan (REFERENCE-DATA §1): nine digits {@code AB0000000},
 * e.g. {@code 750000000} Almaty city. Any other code, including a well-formed one of a district or of no region,
 * is refused. The 20 regions are the 17 oblasts and 3 cities of republican significance of 2022 onward.
 * <p>
 * Validity: Abai (100000000), Zhetisu (330000000) and Ulytau (620000000) were created in 2022 (split from East
 * Kazakhstan, Almaty and Karaganda regions); REFERENCE-DATA §1 says only "created 2022", the day used here, 8 June 2022,
 * is the entry into force of the Presidential Decree of 3 May 2022 No. 887 and is
 * to be confirmed on adilet.zan.kz. The other 17 codes are valid on every date the system serves (the reference
 * gives no earlier codes, e.g. of South Kazakhstan region before its 2018 renaming, so none are accepted).
 */
public record RegionCode(String value) {

    static final String SPLIT_OF_2022_TEXT = "2022-06-08";
    private static final LocalDate SPLIT_OF_2022 = LocalDate.parse(SPLIT_OF_2022_TEXT);

    /** Code → first day valid (null: valid on every served date). In the order of REFERENCE-DATA §1. */
    private static final Map<String, LocalDate> KNOWN = known();

    private static Map<String, LocalDate> known() {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        m.put("100000000", SPLIT_OF_2022);   // Abai Region
        m.put("110000000", null);            // Akmola Region
        m.put("150000000", null);            // Aktobe Region
        m.put("190000000", null);            // Almaty Region
        m.put("230000000", null);            // Atyrau Region
        m.put("270000000", null);            // West Kazakhstan Region
        m.put("310000000", null);            // Zhambyl Region
        m.put("330000000", SPLIT_OF_2022);   // Zhetisu Region
        m.put("350000000", null);            // Karaganda Region
        m.put("390000000", null);            // Kostanay Region
        m.put("430000000", null);            // Kyzylorda Region
        m.put("470000000", null);            // Mangystau Region
        m.put("550000000", null);            // Pavlodar Region
        m.put("590000000", null);            // North Kazakhstan Region
        m.put("610000000", null);            // Turkistan Region
        m.put("620000000", SPLIT_OF_2022);   // Ulytau Region
        m.put("630000000", null);            // East Kazakhstan Region
        m.put("710000000", null);            // Astana (city)
        m.put("750000000", null);            // Almaty (city)
        m.put("790000000", null);            // Shymkent (city)
        return m;
    }

    /** Refuses a code that is not nine digits or not one of the known regions. */
    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{9}")) {
            throw new IllegalArgumentException("a KATO region code has 9 digits");
        }
        if (!KNOWN.containsKey(value)) {
            throw new IllegalArgumentException("not the KATO code of a region of Kazakhstan: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** True when {@code value} is the code of a known region (on some date). */
    public static boolean isKnown(String value) {
        return value != null && KNOWN.containsKey(value);
    }

    /** The 20 regions, in the order of REFERENCE-DATA §1. */
    public static List<RegionCode> all() {
        return KNOWN.keySet().stream().map(RegionCode::new).toList();
    }

    /** The regions that exist on {@code date}. */
    public static List<RegionCode> validOn(LocalDate date) {
        return all().stream().filter(r -> r.isValidOn(date)).toList();
    }

    /** The first day the region exists, when it was created within the served years (the 2022 splits). */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(KNOWN.get(value));
    }

    /** Whether the region exists on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return validFrom().map(from -> !date.isBefore(from)).orElse(true);
    }

    @Override
    public String toString() {
        return value;
    }
}
