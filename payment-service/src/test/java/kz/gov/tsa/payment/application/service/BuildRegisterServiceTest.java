package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.BuildRegisterQuery.Kind;
import kz.gov.tsa.payment.domain.LineKind;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Register;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY_AKIMAT;
import static kz.gov.tsa.payment.application.service.RegisterFixture.AKIMAT_WITHOUT_REGION;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ASTANA;
import static kz.gov.tsa.payment.application.service.RegisterFixture.AUDITOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.FEBRUARY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.JANUARY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.MARCH;
import static kz.gov.tsa.payment.application.service.RegisterFixture.child;
import static kz.gov.tsa.payment.application.service.RegisterFixture.family;
import static kz.gov.tsa.payment.application.service.RegisterFixture.parent;
import static kz.gov.tsa.payment.application.service.RegisterFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

/** BuildRegisterService: the month's transfers per member share, within the caller's reach (D-11). */
class BuildRegisterServiceTest {

    final RegisterFixture f = new RegisterFixture();
    final BuildRegisterService registers = new BuildRegisterService(f.ports);

    @Test
    void PAY04_theMonthsRegisterHasOneTransferPerMemberShareSummingItsLinesUnderAStableId() {
        f.decided(1, ALMATY).paid(MARCH); // March pays January and February up too

        Register march = registers.register(AUDITOR, MARCH, Optional.empty(), Kind.MONTH).orElseThrow();

        assertThat(march.month()).isEqualTo(MARCH);
        assertThat(march.regionCode()).isNull();
        assertThat(march.count()).isEqualTo(2);
        assertThat(march.total()).isEqualTo(Tenge.of("90000.00"));
        assertThat(march.withheld()).isEmpty();
        assertThat(march.instructions()).extracting(Instruction::personKey, Instruction::amount, Instruction::lines)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(parent(1), Tenge.of("60000.00"), 3L),
                        org.assertj.core.groups.Tuple.tuple(child(1), Tenge.of("30000.00"), 3L));
        assertThat(march.instructions()).extracting(Instruction::endToEndId).containsExactlyInAnyOrder(
                transfer(MARCH, 1, parent(1)), transfer(MARCH, 1, child(1)));
        assertThat(march.instructions()).allSatisfy(i -> {
            assertThat(i.endToEndId()).startsWith("TSA202603").hasSize(Instruction.MAX_ID);
            assertThat(i.familyId()).isEqualTo(family(1));
            assertThat(i.regionCode()).isEqualTo(ALMATY);
        });
        // built again, the same transfers under the same ids
        assertThat(registers.register(AUDITOR, MARCH, Optional.empty(), Kind.MONTH).orElseThrow()).isEqualTo(march);
        // a month no run paid has an empty register
        assertThat(registers.register(AUDITOR, FEBRUARY, Optional.empty(), Kind.MONTH).orElseThrow().count()).isZero();
    }

    @Test
    void D11_anAkimatGetsItsOwnRegionsRegisterAndIsRefusedAnothers() {
        f.decided(1, ALMATY).decided(2, ASTANA).paid(JANUARY);

        Register own = registers.register(ALMATY_AKIMAT, JANUARY, Optional.empty(), Kind.MONTH).orElseThrow();
        assertThat(own.regionCode()).isEqualTo(ALMATY);
        assertThat(own.instructions()).extracting(Instruction::familyId).containsOnly(family(1));
        assertThat(own.total()).isEqualTo(Tenge.of("30000.00"));
        assertThat(registers.register(ALMATY_AKIMAT, JANUARY, Optional.of(new RegionCode(ALMATY)), Kind.MONTH)
                .orElseThrow()).isEqualTo(own);

        Refusal other = registers.register(ALMATY_AKIMAT, JANUARY, Optional.of(new RegionCode(ASTANA)), Kind.MONTH)
                .refusalIfAny().orElseThrow();
        assertThat(other.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(other.code()).isEqualTo("region.not-yours");
        assertThat(other.facts()).containsEntry("regionCode", ASTANA).containsEntry("callerRegion", ALMATY);

        Refusal noClaim = registers.register(AKIMAT_WITHOUT_REGION, JANUARY, Optional.empty(), Kind.MONTH)
                .refusalIfAny().orElseThrow();
        assertThat(noClaim.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(noClaim.code()).isEqualTo("caller.region-claim-missing");

        // the ministry reads every region's, or one region's
        assertThat(registers.register(AUDITOR, JANUARY, Optional.empty(), Kind.MONTH).orElseThrow().count())
                .isEqualTo(4);
        Register astana = registers.register(AUDITOR, JANUARY, Optional.of(new RegionCode(ASTANA)), Kind.MONTH)
                .orElseThrow();
        assertThat(astana.regionCode()).isEqualTo(ASTANA);
        assertThat(astana.instructions()).extracting(Instruction::familyId).containsOnly(family(2));
    }

    @Test
    void D59_aShareWhoseAdjustmentsExceedItsLinesIsWithheldNotTransferred() {
        // April: the parent's March share is taken back (-20 000.00) and April pays her 15 000.00 → -5 000.00
        var april = java.time.YearMonth.parse("2026-04");
        f.line(april, 7, ALMATY, parent(7), MARCH, LineKind.ADJUSTMENT, "-20000.00");
        f.line(april, 7, ALMATY, parent(7), april, LineKind.MONTHLY, "15000.00");
        f.line(april, 7, ALMATY, child(7), april, LineKind.MONTHLY, "10000.00");

        Register register = registers.register(AUDITOR, april, Optional.empty(), Kind.MONTH).orElseThrow();

        assertThat(register.instructions()).singleElement().satisfies(i -> {
            assertThat(i.personKey()).isEqualTo(child(7));
            assertThat(i.amount()).isEqualTo(Tenge.of("10000.00"));
        });
        assertThat(register.withheld()).singleElement().satisfies(i -> {
            assertThat(i.personKey()).isEqualTo(parent(7));
            assertThat(i.amount()).isEqualTo(Tenge.of("-5000.00"));
            assertThat(i.lines()).isEqualTo(2);
        });
        assertThat(register.count()).isEqualTo(1);
        assertThat(register.total()).isEqualTo(Tenge.of("10000.00"));
    }

    @Test
    void PAY04_theReissueRegisterHoldsOnlyTheMonthsReissuesWithinTheCallersReach() {
        f.decided(1, ALMATY).decided(2, ASTANA).paid(JANUARY);
        Instruction almatyParent = f.ports.instructions(JANUARY, Optional.empty()).stream()
                .filter(i -> i.personKey().equals(parent(1))).findFirst().orElseThrow();
        Instruction astanaChild = f.ports.instructions(JANUARY, Optional.empty()).stream()
                .filter(i -> i.personKey().equals(child(2))).findFirst().orElseThrow();
        f.ports.reissuesByOriginal.put(almatyParent.endToEndId(), almatyParent.reissued());
        f.ports.reissuesByOriginal.put(astanaChild.endToEndId(), astanaChild.reissued());

        Register reissues = registers.register(AUDITOR, JANUARY, Optional.empty(), Kind.REISSUES).orElseThrow();
        assertThat(reissues.instructions()).extracting(Instruction::endToEndId).containsExactly(
                almatyParent.reissueId(), astanaChild.reissueId());
        assertThat(reissues.instructions()).allSatisfy(i -> assertThat(i.endToEndId()).startsWith("TSR"));
        assertThat(reissues.total()).isEqualTo(Tenge.of("30000.00"));

        assertThat(registers.register(ALMATY_AKIMAT, JANUARY, Optional.empty(), Kind.REISSUES).orElseThrow()
                .instructions()).extracting(Instruction::endToEndId).containsExactly(almatyParent.reissueId());
        assertThat(registers.register(ALMATY_AKIMAT, JANUARY, Optional.of(new RegionCode(ASTANA)), Kind.REISSUES)
                .refusalIfAny()).map(Refusal::kind).contains(Refusal.Kind.FORBIDDEN);
        // the month's own register is not changed by its re-issues
        assertThat(registers.register(AUDITOR, JANUARY, Optional.empty(), Kind.MONTH).orElseThrow().instructions())
                .extracting(Instruction::endToEndId).allSatisfy(id -> assertThat(id).startsWith("TSA"));
        assertThat(registers.register(AUDITOR, FEBRUARY, Optional.empty(), Kind.REISSUES).orElseThrow().count())
                .isZero();
    }
}
