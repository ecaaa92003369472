package kz.gov.tsa.payment.domain.register;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month's register for the bank (and an akimat's for its region): the payable instructions with their control sums
 * (count and total), and the shares withheld because their adjustments leave nothing to pay (D-59).
 */
public record Register(YearMonth month, String regionCode, List<Instruction> instructions, List<Instruction> withheld) {

    public Register {
        Objects.requireNonNull(month, "month");
        instructions = List.copyOf(instructions);
        withheld = List.copyOf(withheld);
        if (instructions.stream().anyMatch(i -> !i.payable())) {
            throw new IllegalArgumentException("a register transfers positive amounts only");
        }
    }

    /** Splits the month's instructions into payable and withheld. */
    public static Register of(YearMonth month, String regionCode, List<Instruction> all) {
        return new Register(month, regionCode, all.stream().filter(Instruction::payable).toList(),
                all.stream().filter(i -> !i.payable()).toList());
    }

    public long count() {
        return instructions.size();
    }

    public Tenge total() {
        return instructions.stream().map(Instruction::amount).reduce(Tenge.ZERO, Tenge::plus);
    }
}
