package kz.gov.tsa.employment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;

import static kz.gov.tsa.employment.domain.ProgrammeParameter.*;

/**
 * PRG-08: labour-mobility subsidies in tenge from the MCI of the day (eligibility-service's value, D-40) and the
 * Programme's MCI multiples: a one-off relocation subsidy per family member (35 MCI between regions, 25 within one
 * oblast) and a monthly rent subsidy for 12 months by family size — urban 20 / 25 / 30 MCI (1, 2–4, 5 or more),
 * rural (rent and utilities) 15 / 18 / 21 MCI. Each amount is MCI × multiple, rounded once to the tiyn (REF-08);
 * totals are products of those.
 */
public final class LabourMobility {

    private LabourMobility() {
    }

    public enum Move { BETWEEN_REGIONS, WITHIN_OBLAST }

    /** The amounts of one family's subsidies. */
    public record Subsidy(BigDecimal mci, int members, int relocationMci, Tenge relocationPerMember,
                          Tenge relocationTotal, int rentMci, Tenge rentPerMonth, int rentMonths, Tenge rentTotal,
                          Tenge total) {
    }

    public static Subsidy subsidy(int members, Move move, boolean rural, BigDecimal mci, Limits l) {
        if (members < 1) {
            throw new IllegalArgumentException("a family moves with at least one member");
        }
        int relocation = move == Move.BETWEEN_REGIONS ? l.whole(PRG08_RELOCATION_INTER_REGION_MCI)
                : l.whole(PRG08_RELOCATION_WITHIN_OBLAST_MCI);
        ProgrammeParameter rentParam = members == 1 ? (rural ? PRG08_RENT_RURAL_1_MCI : PRG08_RENT_URBAN_1_MCI)
                : members <= 4 ? (rural ? PRG08_RENT_RURAL_2_4_MCI : PRG08_RENT_URBAN_2_4_MCI)
                : (rural ? PRG08_RENT_RURAL_5_PLUS_MCI : PRG08_RENT_URBAN_5_PLUS_MCI);
        int rent = l.whole(rentParam);
        int months = l.whole(PRG08_RENT_MONTHS);
        Tenge perMember = new Tenge(mci.multiply(BigDecimal.valueOf(relocation)));
        Tenge relocationTotal = perMember.times(members);
        Tenge perMonth = new Tenge(mci.multiply(BigDecimal.valueOf(rent)));
        Tenge rentTotal = perMonth.times(months);
        return new Subsidy(mci, members, relocation, perMember, relocationTotal, rent, perMonth, months, rentTotal,
                relocationTotal.plus(rentTotal));
    }
}
