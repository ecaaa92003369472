package kz.gov.tsa.contract.domain;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.calendar.KazakhstanCalendars;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test fixture: members and contracts for the plain CON-03..09 tests. */
public final class Families {

    public static final WorkingCalendar CALENDAR = KazakhstanCalendars.calendar();
    public static final RegionCode ALMATY = new RegionCode("750000000");
    public static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    private Families() {
    }

    public static ContractMember adult(String key, String birthDate) {
        return new ContractMember(key, "90****126", LocalDate.parse(birthDate), "APPLICANT", true, "NONE", false,
                false, List.of(), "UNEMPLOYED");
    }

    public static ContractMember student(String key, String birthDate) {
        return new ContractMember(key, "03****111", LocalDate.parse(birthDate), "CHILD", true, "NONE", false, true,
                List.of(), "STUDENT");
    }

    public static ContractMember child(String key, String birthDate) {
        return new ContractMember(key, "15****222", LocalDate.parse(birthDate), "CHILD", false, "NONE", false, false,
                List.of(), "NOT_WORKING");
    }

    /** A draft concluded on {@code concludedOn}. */
    public static Contract draft(String concludedOn, ContractMember... members) {
        return Contract.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "F-test", ALMATY,
                List.of(members), LocalDate.parse(concludedOn), CALENDAR, NOW).orElseThrow().contract();
    }

    /** A draft with one social-adaptation activity for its first member. */
    public static Contract draftWithPlan(String concludedOn, ContractMember... members) {
        Contract c = draft(concludedOn, members);
        return c.addActivity(UUID.randomUUID(), members[0].personKey(), ActivityKind.SCREENING_EXAMINATION,
                SupportDomain.HEALTH, "screening", c.signingDeadline().plusMonths(1), "operator1").orElseThrow()
                .contract();
    }

    /** Concluded Wed 2026-02-25, deadline Mon 2026-03-02, signed that day for 6 months (2026-03..2026-08). */
    public static Contract signed(ContractMember... members) {
        return draftWithPlan("2026-02-25", members)
                .sign(LocalDate.parse("2026-03-02"), "90****126", "assistant1", "consultant1", 6, "operator1", NOW)
                .orElseThrow().contract();
    }
}
