package kz.gov.tsa.employment.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.calendar.CalendarNotAvailableException;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP03_OFFER_WORKING_DAYS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP04_CHECK_IN_DAYS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP05_NOTIFICATION_DAYS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP06_MIN_AGE;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP07_CHECK_IN_WORKING_DAYS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP07_RURAL_CHECK_IN_MONTHS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP08_REFUSALS_TO_DEREGISTER;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.EMP09_BAN_DAYS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.PRG05_EMPLOYER_ANSWER_WORKING_DAYS;
import static kz.gov.tsa.employment.domain.ProgrammeParameter.PRG10_TURN_UP_WORKING_DAYS;

/**
 * One registration of a person at the employment Centre (EMP-01..10, PRG-10): as a job seeker, then possibly as
 * unemployed, until deregistered. It holds the person by key and masked IIN only (the IIN stays in its own column),
 * the residence, the EMP-03 window, the check-in schedule, referrals and measures. Every transition returns
 * {@code Outcome<Step>}: the registration after it, the audit action and the events.
 */
public record Registration(UUID id, String personKey, String maskedIin, LocalDate birthDate, Sex sex, String familyId,
                           RegionCode region, boolean rural, Channel channel, Documents documents,
                           LegalRepresentative legalRepresentative, RegistrationStatus status, LocalDate registeredOn,
                           LocalDate offerDeadline, Offer offer, UnemployedDecision unemployedDecision,
                           LocalDate unemployedSince, LocalDate lastCheckIn, LocalDate nextCheckInDue,
                           LocalDate lastMissedDue, List<Referral> referrals, int suitableWorkRefusals,
                           List<Participation> measures, List<Invitation> invitations, Deregistration deregistration,
                           long version) {

    public Registration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(maskedIin, "maskedIin");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(offerDeadline, "offerDeadline");
        Objects.requireNonNull(lastCheckIn, "lastCheckIn");
        Objects.requireNonNull(nextCheckInDue, "nextCheckInDue");
        referrals = List.copyOf(referrals == null ? List.of() : referrals);
        measures = List.copyOf(measures == null ? List.of() : measures);
        invitations = List.copyOf(invitations == null ? List.of() : invitations);
    }

    /** The person's facts known at registration. */
    public record Person(String personKey, String maskedIin, LocalDate birthDate, Sex sex, String familyId) {
        public Person {
            Objects.requireNonNull(personKey, "personKey");
            Objects.requireNonNull(maskedIin, "maskedIin");
            Objects.requireNonNull(birthDate, "birthDate");
            Objects.requireNonNull(sex, "sex");
        }
    }

    // ------------------------------------------------------------------------------------------------ registration

    /**
     * EMP-01/02/03/04/09: registers the person as a job seeker on {@code today}. Refused without an identity
     * document (EMP-02), under 16 without a legal representative's application (EMP-02), while another
     * registration of the person is open (409), and within the EMP-09 ban of a deregistration under EMP-08
     * (1)–(3) (409 naming the first allowed day).
     */
    public static Outcome<Step> register(UUID id, Person person, RegionCode region, boolean rural, Channel channel,
                                         Documents documents, LegalRepresentative representative, LocalDate today,
                                         List<Registration> earlier, WorkingCalendar calendar, Limits limits,
                                         Instant now) {
        if (!documents.identity()) {
            return Outcome.refused(Refusal.invalid("EMP-02", "registration.identity-document-missing")
                    .withField("documents.identity", "registration.identity-document-missing.field"));
        }
        int age = Ages.on(person.birthDate(), today);
        if (age < limits.whole(EMP06_MIN_AGE) && representative == null) {
            return Outcome.refused(Refusal.unprocessable("EMP-02", "registration.legal-representative-required", age)
                    .withField("legalRepresentative", "registration.legal-representative-required.field")
                    .with("age", age));
        }
        Optional<Registration> open = earlier.stream().filter(Registration::active).findFirst();
        if (open.isPresent()) {
            return Outcome.refused(Refusal.conflict("EMP-02", "registration.already-registered",
                    open.get().id().toString()).with("registrationId", open.get().id().toString()));
        }
        Optional<LocalDate> firstAllowed = banEnd(earlier);
        if (firstAllowed.isPresent() && today.isBefore(firstAllowed.get())) {
            Deregistration last = latestBanning(earlier).orElseThrow().deregistration();
            return Outcome.refused(Refusal.conflict("EMP-09", "registration.re-registration-banned",
                            last.reason().citation(), last.on().toString(), firstAllowed.get().toString())
                    .with("firstAllowedOn", firstAllowed.get().toString())
                    .with("deregisteredOn", last.on().toString())
                    .with("deregistrationReason", last.reason().name()));
        }
        Outcome<LocalDate> deadline = addWorkingDays(calendar, today, limits.whole(EMP03_OFFER_WORKING_DAYS));
        return deadline.map(d -> {
            Registration r = new Registration(id, person.personKey(), person.maskedIin(), person.birthDate(),
                    person.sex(), person.familyId(), region, rural, channel, documents, representative,
                    RegistrationStatus.JOB_SEEKER, today, d, null, null, null, today,
                    today.plusDays(limits.whole(EMP04_CHECK_IN_DAYS)), null, List.of(), 0, List.of(), List.of(), null, 0);
            return new Step(r, "JOB_SEEKER_REGISTERED", channel.name(),
                    List.of(new EmploymentEvent.JobSeekerRegistered(r, now)));
        });
    }

    /** EMP-09: the first day a new registration is allowed after the latest deregistration under EMP-08 (1)–(3). */
    public static Optional<LocalDate> banEnd(List<Registration> earlier) {
        return latestBanning(earlier).map(r -> r.deregistration().firstReRegistrationOn());
    }

    private static Optional<Registration> latestBanning(List<Registration> earlier) {
        return earlier.stream().filter(r -> r.deregistration() != null
                        && r.deregistration().reason().bansReRegistration())
                .max(Comparator.comparing(r -> r.deregistration().firstReRegistrationOn()));
    }

    /**
     * EMP-09: deregistered on {@code on} under (1)–(3), a new registration is allowed only after 30 calendar days
     * from that day — the days after it count, so day 30 is still banned and day 31 is the first allowed (D-43).
     * Under (4)–(6) there is no ban.
     */
    public static LocalDate firstReRegistrationOn(DeregistrationReason reason, LocalDate on, Limits limits) {
        return reason.bansReRegistration() ? on.plusDays(limits.whole(EMP09_BAN_DAYS) + 1L) : on;
    }

    public boolean active() {
        return status == RegistrationStatus.JOB_SEEKER || status == RegistrationStatus.UNEMPLOYED;
    }

    // ------------------------------------------------------------------------------------------------ EMP-03

    /** EMP-03 / PRG-09: the Centre offered suitable work or vocational orientation. */
    public Outcome<Step> recordOffer(Offer made) {
        if (!active()) {
            return notActive("EMP-03");
        }
        if (made.on().isBefore(registeredOn)) {
            return Outcome.refused(Refusal.invalid("EMP-03", "offer.before-registration", registeredOn.toString())
                    .withField("on", "registry.date-out-of-order"));
        }
        return Outcome.accepted(new Step(copy().offer(made).build(), "OFFER_RECORDED", made.kind().name(), List.of()));
    }

    /** EMP-03: working days left in the offer window on {@code today} (0 on the last day, negative when passed). */
    public int workingDaysLeft(LocalDate today, WorkingCalendar calendar) {
        return calendar.workingDaysBetween(today, offerDeadline);
    }

    // ------------------------------------------------------------------------------------------------ EMP-05/06

    /**
     * EMP-05/06: decides on registration as unemployed on the application of {@code appliedOn}, which must come
     * after the EMP-03 window. Refused for every EMP-06 reason that applies (each cited); registered from the day
     * of the application. The person is notified {@code EMP05_NOTIFICATION_DAYS} calendar days after it.
     *
     * @param retirementAge the retirement age for the person's sex on {@code appliedOn} (eligibility-service's value)
     */
    public Outcome<Step> decideUnemployed(LocalDate appliedOn, boolean working, boolean falseDocuments,
                                          BigDecimal retirementAge, WorkingCalendar calendar, Limits limits,
                                          Instant now) {
        return decideUnemployed(appliedOn, working, falseDocuments, false, retirementAge, calendar, limits, now);
    }

    /** As above, recording whether the person receives the job-loss social payment (PRG-07's priority). */
    public Outcome<Step> decideUnemployed(LocalDate appliedOn, boolean working, boolean falseDocuments,
                                          boolean receivesJobLossPayment, BigDecimal retirementAge,
                                          WorkingCalendar calendar, Limits limits, Instant now) {
        if (status != RegistrationStatus.JOB_SEEKER) {
            return Outcome.refused(Refusal.conflict("EMP-05", "unemployed.not-a-job-seeker", status.name()));
        }
        if (!appliedOn.isAfter(offerDeadline)) {
            return Outcome.refused(Refusal.conflict("EMP-05", "unemployed.window-open", offerDeadline.toString())
                    .with("offerDeadline", offerDeadline.toString()));
        }
        List<Emp06Reason> reasons = new ArrayList<>();
        if (Ages.on(birthDate, appliedOn) < limits.whole(EMP06_MIN_AGE)) {
            reasons.add(Emp06Reason.UNDER_16);
        }
        if (working) {
            reasons.add(Emp06Reason.WORKING);
        }
        if (Ages.reached(birthDate, retirementAge, appliedOn)) {
            reasons.add(Emp06Reason.RETIREMENT_AGE);
        }
        if (falseDocuments) {
            reasons.add(Emp06Reason.FALSE_DOCUMENTS);
        }
        LocalDate notifyOn = appliedOn.plusDays(limits.whole(EMP05_NOTIFICATION_DAYS));
        UnemployedDecision decision = new UnemployedDecision(appliedOn, reasons.isEmpty(), reasons, notifyOn,
                retirementAge.toPlainString(), receivesJobLossPayment);
        if (!reasons.isEmpty()) {
            return Outcome.accepted(new Step(copy().unemployedDecision(decision).build(), "UNEMPLOYED_REFUSED",
                    String.join(", ", reasons.stream().map(Emp06Reason::citation).toList()), List.of()));
        }
        return nextDue(RegistrationStatus.UNEMPLOYED, appliedOn, calendar, limits).map(due -> {
            Registration r = copy().status(RegistrationStatus.UNEMPLOYED).unemployedDecision(decision)
                    .unemployedSince(appliedOn).lastCheckIn(appliedOn).nextCheckInDue(due).build();
            return new Step(r, "UNEMPLOYED_REGISTERED", "EMP-05", List.of(new EmploymentEvent.UnemployedRegistered(r, now)));
        });
    }

    // ------------------------------------------------------------------------------------------------ EMP-04/07

    /**
     * EMP-04/07: a check-in on {@code on}. The next one is due 3 calendar days later for a job seeker, 10 working
     * days later for an unemployed urban resident, one month later for an unemployed rural resident (at the akim).
     */
    public Outcome<Step> checkIn(LocalDate on, String place, WorkingCalendar calendar, Limits limits) {
        if (!active()) {
            return notActive(status == RegistrationStatus.UNEMPLOYED ? "EMP-07" : "EMP-04");
        }
        if (on.isBefore(lastCheckIn)) {
            return Outcome.refused(Refusal.invalid(checkInRule(), "check-in.before-last", lastCheckIn.toString())
                    .withField("on", "registry.date-out-of-order"));
        }
        return nextDue(status, on, calendar, limits).map(due -> new Step(copy().lastCheckIn(on).nextCheckInDue(due)
                .build(), "CHECKED_IN", place == null ? "" : place, List.of()));
    }

    /**
     * EMP-04/07: the daily job's question on {@code today}: was the check-in due before today missed? Announced
     * once per due day ({@code lastMissedDue}); a later check-in starts a new schedule.
     */
    public Step detectMissedCheckIn(LocalDate today, Instant now) {
        if (!active() || !nextCheckInDue.isBefore(today) || nextCheckInDue.equals(lastMissedDue)) {
            return Step.none(this);
        }
        Registration r = copy().lastMissedDue(nextCheckInDue).build();
        return new Step(r, "CHECK_IN_MISSED", checkInRule() + " due " + nextCheckInDue,
                List.of(new EmploymentEvent.CheckInMissed(r, nextCheckInDue, lastCheckIn, today, now)));
    }

    private String checkInRule() {
        return status == RegistrationStatus.UNEMPLOYED ? "EMP-07" : "EMP-04";
    }

    static Outcome<LocalDate> nextDue(RegistrationStatus status, LocalDate from, boolean rural,
                                      WorkingCalendar calendar, Limits limits) {
        if (status == RegistrationStatus.UNEMPLOYED) {
            return rural ? Outcome.accepted(from.plusMonths(limits.whole(EMP07_RURAL_CHECK_IN_MONTHS)))
                    : addWorkingDays(calendar, from, limits.whole(EMP07_CHECK_IN_WORKING_DAYS));
        }
        return Outcome.accepted(from.plusDays(limits.whole(EMP04_CHECK_IN_DAYS)));
    }

    private Outcome<LocalDate> nextDue(RegistrationStatus as, LocalDate from, WorkingCalendar calendar, Limits limits) {
        return nextDue(as, from, rural, calendar, limits);
    }

    // ------------------------------------------------------------------------------------------------ EMP-08

    /**
     * EMP-08: deregisters on {@code on} for one of the six reasons. Under (2) and (3) a valid reason the person
     * presented prevents it (409 EMP-08: the registration goes on, the operator records the late check-in or a new
     * referral instead). The first day of a new registration follows EMP-09.
     */
    public Outcome<Step> deregister(DeregistrationReason reason, LocalDate on, String validReason, String note,
                                    Limits limits, Instant now) {
        if (!active()) {
            return notActive("EMP-08");
        }
        if (on.isBefore(registeredOn)) {
            return Outcome.refused(Refusal.invalid("EMP-08", "deregistration.before-registration",
                    registeredOn.toString()).withField("on", "registry.date-out-of-order"));
        }
        Optional<String> missingFact = missingFact(reason, on);
        if (missingFact.isPresent()) {
            return Outcome.refused(Refusal.conflict("EMP-08", missingFact.get(), reason.citation())
                    .with("reason", reason.name()));
        }
        if (reason.excusableByValidReason() && validReason != null && !validReason.isBlank()) {
            return Outcome.refused(Refusal.conflict("EMP-08", "deregistration.valid-reason", reason.citation())
                    .with("reason", reason.name()));
        }
        Registration r = ended(reason, on, note, limits);
        return Outcome.accepted(new Step(r, "DEREGISTERED", reason.citation(),
                List.of(new EmploymentEvent.Deregistered(r, now))));
    }

    /**
     * D-48: the facts this registry itself holds must be there — a check-in schedule broken by {@code on} for (3), a
     * referral not followed (IGNORED) for "did not turn up", a measure quit on the person's own initiative for "quit
     * an active measure", an invitation whose 3 working days passed without the person coming for "did not come when invited".
     * (1) and (4)–(6) rest on facts held elsewhere.
     */
    private Optional<String> missingFact(DeregistrationReason reason, LocalDate on) {
        return switch (reason) {
            case CHECK_IN_SCHEDULE_BROKEN -> nextCheckInDue.isBefore(on) ? Optional.empty()
                    : Optional.of("deregistration.check-ins-kept");
            case REFERRAL_NOT_FOLLOWED -> referrals.stream().anyMatch(r -> r.status() == Referral.Status.IGNORED)
                    ? Optional.empty() : Optional.of("deregistration.no-ignored-referral");
            case INVITATION_NOT_FOLLOWED -> invitations.stream().anyMatch(i -> i.notFollowedBy(on)) ? Optional.empty()
                    : Optional.of("deregistration.no-invitation-missed");
            case MEASURE_QUIT -> measures.stream().anyMatch(m -> m.status() == Participation.Status.QUIT
                    && m.ownInitiative()) ? Optional.empty() : Optional.of("deregistration.no-measure-quit");
            default -> Optional.empty();
        };
    }

    private Registration ended(DeregistrationReason reason, LocalDate on, String note, Limits limits) {
        Deregistration d = new Deregistration(reason, on, firstReRegistrationOn(reason, on, limits), note);
        return copy().status(RegistrationStatus.DEREGISTERED).deregistration(d).build();
    }

    // ------------------------------------------------------------------------------------------------ PRG-10

    /** PRG-10: refers the person to a vacancy or a measure; the turn-up day is 5 working days later (EMP-08 (2)). */
    public Outcome<Step> refer(UUID referralId, Referral.Kind kind, String target, boolean suitableWork,
                               LocalDate referredOn, WorkingCalendar calendar, Limits limits) {
        if (!active()) {
            return notActive("PRG-10");
        }
        if (referredOn.isBefore(registeredOn)) {
            return Outcome.refused(Refusal.invalid("PRG-10", "referral.before-registration", registeredOn.toString())
                    .withField("referredOn", "registry.date-out-of-order"));
        }
        Outcome<LocalDate> turnUpBy = addWorkingDays(calendar, referredOn, limits.whole(PRG10_TURN_UP_WORKING_DAYS));
        Outcome<LocalDate> answerBy = kind == Referral.Kind.SOCIAL_JOB
                ? addWorkingDays(calendar, referredOn, limits.whole(PRG05_EMPLOYER_ANSWER_WORKING_DAYS))
                : Outcome.accepted(LocalDate.MIN);
        return turnUpBy.flatMap(t -> answerBy.map(a -> {
            Referral referral = new Referral(referralId, kind, target, suitableWork, referredOn, t,
                    a.equals(LocalDate.MIN) ? null : a);
            List<Referral> all = new ArrayList<>(referrals);
            all.add(referral);
            return new Step(copy().referrals(all).build(), "REFERRED", kind.name(), List.of());
        }));
    }

    /**
     * PRG-10, EMP-08 (1): the person turned up, or refused. Each refusal of suitable work is announced; the
     * {@code EMP08_REFUSALS_TO_DEREGISTER}-th (second) ends the registration under EMP-08 (1).
     */
    public Outcome<Step> recordReferralOutcome(UUID referralId, boolean turnedUp, LocalDate on, Limits limits,
                                               Instant now) {
        Optional<Referral> found = referral(referralId);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("referral.not-found", referralId.toString()));
        }
        Referral ref = found.get();
        if (ref.status() != Referral.Status.OPEN && ref.status() != Referral.Status.IGNORED) {
            return Outcome.refused(Refusal.conflict("PRG-10", "referral.closed", ref.status().name()));
        }
        if (!active()) {
            return notActive("PRG-10");
        }
        if (on.isBefore(ref.referredOn())) {
            return Outcome.refused(Refusal.invalid("PRG-10", "referral.outcome-before-referral",
                    ref.referredOn().toString()).withField("on", "registry.date-out-of-order"));
        }
        Referral closed = ref.closed(turnedUp ? Referral.Status.TURNED_UP : Referral.Status.REFUSED, on);
        Builder b = copy().referrals(replace(referrals, closed));
        if (turnedUp || !ref.suitableWork()) {
            return Outcome.accepted(new Step(b.build(), turnedUp ? "REFERRAL_TURNED_UP" : "REFERRAL_REFUSED",
                    ref.kind().name(), List.of()));
        }
        int count = suitableWorkRefusals + 1;
        b.suitableWorkRefusals(count);
        if (count < limits.whole(EMP08_REFUSALS_TO_DEREGISTER)) {
            Registration r = b.build();
            return Outcome.accepted(new Step(r, "SUITABLE_WORK_REFUSED", "PRG-10 refusal " + count,
                    List.of(new EmploymentEvent.SuitableWorkRefused(r, closed, count, false, now))));
        }
        Registration r = b.build().ended(DeregistrationReason.REFUSED_TWO_OFFERS, on, "refusal " + count, limits);
        return Outcome.accepted(new Step(r, "DEREGISTERED", DeregistrationReason.REFUSED_TWO_OFFERS.citation(),
                List.of(new EmploymentEvent.SuitableWorkRefused(r, closed, count, true, now),
                        new EmploymentEvent.Deregistered(r, now))));
    }

    /** PRG-10, EMP-08 (2): the job's question on {@code today}: which open referrals passed their turn-up day? */
    public Step ignoreOverdueReferrals(LocalDate today, Instant now) {
        if (!active()) {
            return Step.none(this);
        }
        List<Referral> all = new ArrayList<>();
        List<Referral> ignored = new ArrayList<>();
        for (Referral ref : referrals) {
            if (ref.overdueOn(today)) {
                Referral closed = ref.closed(Referral.Status.IGNORED, today);
                all.add(closed);
                ignored.add(closed);
            } else {
                all.add(ref);
            }
        }
        if (ignored.isEmpty()) {
            return Step.none(this);
        }
        Registration r = copy().referrals(all).build();
        List<EmploymentEvent> events = ignored.stream()
                .map(i -> (EmploymentEvent) new EmploymentEvent.ReferralIgnored(r, i, now)).toList();
        return new Step(r, "REFERRAL_IGNORED", "PRG-10 " + events.size(), events);
    }

    /**
     * PRG-05 (D-71): the employer of a social job answered on {@code on} whether it hired or refused the person. Either
     * answer means the person came to the employer: an open (or ignored) referral is closed as turned up. The
     * employer's refusal is not the person's refusal of suitable work (EMP-08 (1)). A late answer is recorded too.
     */
    public Outcome<Step> recordEmployerAnswer(UUID referralId, Referral.EmployerAnswer answer, LocalDate on) {
        Optional<Referral> found = referral(referralId);
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("referral.not-found", referralId.toString()));
        }
        Referral ref = found.get();
        if (ref.kind() != Referral.Kind.SOCIAL_JOB || ref.employerAnswerBy() == null) {
            return Outcome.refused(Refusal.conflict("PRG-05", "referral.not-a-social-job", ref.kind().name()));
        }
        if (ref.employerAnswer() != null) {
            return Outcome.refused(Refusal.conflict("PRG-05", "referral.employer-answered",
                    ref.employerAnswer().name(), ref.employerAnsweredOn().toString())
                    .with("employerAnswer", ref.employerAnswer().name())
                    .with("employerAnsweredOn", ref.employerAnsweredOn().toString()));
        }
        if (ref.status() == Referral.Status.REFUSED) {
            return Outcome.refused(Refusal.conflict("PRG-05", "referral.employer-answer-not-needed", ref.status().name()));
        }
        if (!active()) {
            return notActive("PRG-05");
        }
        if (on.isBefore(ref.referredOn())) {
            return Outcome.refused(Refusal.invalid("PRG-05", "referral.employer-answer-before-referral",
                    ref.referredOn().toString()).withField("on", "registry.date-out-of-order"));
        }
        Referral answered = ref.answered(answer, on);
        return Outcome.accepted(new Step(copy().referrals(replace(referrals, answered)).build(), "EMPLOYER_ANSWERED",
                "PRG-05 " + answer.name() + (on.isAfter(ref.employerAnswerBy()) ? " late" : " in time"), List.of()));
    }

    /**
     * PRG-05 (D-71): the job's question on {@code today}: which social jobs' employers let their 3 working days pass
     * without an answer? Each is flagged once (for the operator's queue); nothing is announced and the person is not
     * penalised — the employer owes the answer.
     */
    public Step flagOverdueEmployerAnswers(LocalDate today) {
        if (!active()) {
            return Step.none(this);
        }
        List<Referral> all = new ArrayList<>();
        int flagged = 0;
        for (Referral ref : referrals) {
            if (ref.employerAnswerOverdueOn(today)) {
                all.add(ref.flaggedOverdue(today));
                flagged++;
            } else {
                all.add(ref);
            }
        }
        if (flagged == 0) {
            return Step.none(this);
        }
        return new Step(copy().referrals(all).build(), "EMPLOYER_ANSWER_OVERDUE", "PRG-05 " + flagged, List.of());
    }

    /** PRG-05: the earliest answer day of a social job not answered and not yet flagged (the job's index), if any. */
    public Optional<LocalDate> nextEmployerAnswerDue() {
        return referrals.stream().filter(r -> r.awaitsEmployerAnswer() && r.employerAnswerOverdueOn() == null)
                .map(Referral::employerAnswerBy).min(Comparator.naturalOrder());
    }

    /** PRG-05: the social jobs whose employer's answer is overdue (flagged and still not answered). */
    public List<Referral> employerAnswersOverdue() {
        return active() ? referrals.stream().filter(r -> r.awaitsEmployerAnswer() && r.employerAnswerOverdueOn() != null)
                .toList() : List.of();
    }

    /** The earliest turn-up day of an open referral (the job's index), if any. */
    public Optional<LocalDate> nextReferralDue() {
        return referrals.stream().filter(r -> r.status() == Referral.Status.OPEN).map(Referral::turnUpBy)
                .min(Comparator.naturalOrder());
    }

    public Optional<Referral> referral(UUID referralId) {
        return referrals.stream().filter(r -> r.id().equals(referralId)).findFirst();
    }

    // ------------------------------------------------------------------------------------------------ EMP-08 (2) invitations

    /** EMP-08 (2): invites the person for an active measure; they come within 3 working days. */
    public Outcome<Step> invite(UUID invitationId, MeasureKind measure, LocalDate invitedOn, WorkingCalendar calendar,
                                Limits limits) {
        if (!active()) {
            return notActive("EMP-08");
        }
        if (invitedOn.isBefore(registeredOn)) {
            return Outcome.refused(Refusal.invalid("EMP-08", "invitation.before-registration", registeredOn.toString())
                    .withField("invitedOn", "registry.date-out-of-order"));
        }
        return addWorkingDays(calendar, invitedOn,
                limits.whole(ProgrammeParameter.EMP08_INVITATION_WORKING_DAYS)).map(comeBy -> {
            List<Invitation> all = new ArrayList<>(invitations);
            all.add(new Invitation(invitationId, measure, invitedOn, comeBy, null));
            return new Step(copy().invitations(all).build(), "INVITED", measure.name(), List.of());
        });
    }

    /** EMP-08 (2): the invited person came to the Centre on {@code on}. */
    public Outcome<Step> recordArrival(UUID invitationId, LocalDate on) {
        Optional<Invitation> found = invitations.stream().filter(i -> i.id().equals(invitationId)).findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("invitation.not-found", invitationId.toString()));
        }
        Invitation i = found.get();
        if (i.cameOn() != null) {
            return Outcome.refused(Refusal.conflict("EMP-08", "invitation.already-came", i.cameOn().toString()));
        }
        if (on.isBefore(i.invitedOn())) {
            return Outcome.refused(Refusal.invalid("EMP-08", "invitation.arrival-before-invitation",
                    i.invitedOn().toString()).withField("on", "registry.date-out-of-order"));
        }
        Invitation came = new Invitation(i.id(), i.measure(), i.invitedOn(), i.comeBy(), on);
        List<Invitation> all = invitations.stream().map(x -> x.id().equals(invitationId) ? came : x).toList();
        return Outcome.accepted(new Step(copy().invitations(all).build(), "INVITATION_FOLLOWED",
                on.isAfter(i.comeBy()) ? "late" : "in time", List.of()));
    }

    // ------------------------------------------------------------------------------------------------ PRG-01..09

    /** PRG-01..09: starts a participation the measure's checks ({@link MeasureRules}) accepted. */
    public Outcome<Step> startMeasure(Participation participation, Instant now) {
        if (!active()) {
            return notActive(participation.kind().ruleId());
        }
        List<Participation> all = new ArrayList<>(measures);
        all.add(participation);
        Registration r = copy().measures(all).build();
        return Outcome.accepted(new Step(r, "MEASURE_STARTED", participation.kind().name(),
                List.of(new EmploymentEvent.MeasureStarted(r, participation, now))));
    }

    /** The person left a measure before its end ({@code ownInitiative}: EMP-08 (2) for the operator to decide). */
    public Outcome<Step> quitMeasure(UUID participationId, LocalDate on, boolean ownInitiative, Instant now) {
        Optional<Participation> found = measures.stream().filter(p -> p.id().equals(participationId)).findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("measure.not-found", participationId.toString()));
        }
        Participation p = found.get();
        if (p.status() != Participation.Status.ACTIVE) {
            return Outcome.refused(Refusal.conflict(p.kind().ruleId(), "measure.not-active", p.status().name()));
        }
        if (on.isBefore(p.startOn()) || on.isAfter(p.endOn())) {
            return Outcome.refused(Refusal.invalid(p.kind().ruleId(), "measure.quit-outside-term",
                    p.startOn().toString(), p.endOn().toString()).withField("on", "registry.date-out-of-order"));
        }
        Participation quit = p.quit(on, ownInitiative);
        List<Participation> all = measures.stream().map(m -> m.id().equals(participationId) ? quit : m).toList();
        Registration r = copy().measures(all).build();
        return Outcome.accepted(new Step(r, "MEASURE_QUIT", p.kind().name() + (ownInitiative ? " own initiative" : ""),
                List.of(new EmploymentEvent.MeasureQuit(r, quit, now))));
    }

    /**
     * D-72: the Centre recorded that the person completed the measure on {@code on}, a day of its term (possibly before
     * the end date) → {@code MeasureCompleted}.
     */
    public Outcome<Step> completeMeasure(UUID participationId, LocalDate on, Instant now) {
        Optional<Participation> found = measures.stream().filter(p -> p.id().equals(participationId)).findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("measure.not-found", participationId.toString()));
        }
        Participation p = found.get();
        if (p.status() != Participation.Status.ACTIVE) {
            return Outcome.refused(Refusal.conflict(p.kind().ruleId(), "measure.not-active", p.status().name()));
        }
        if (on.isBefore(p.startOn()) || on.isAfter(p.endOn())) {
            return Outcome.refused(Refusal.invalid(p.kind().ruleId(), "measure.completion-outside-term",
                    p.startOn().toString(), p.endOn().toString()).withField("on", "registry.date-out-of-order"));
        }
        Participation done = p.completed(on, Participation.Completion.RECORDED);
        List<Participation> all = measures.stream().map(m -> m.id().equals(participationId) ? done : m).toList();
        Registration r = copy().measures(all).build();
        return Outcome.accepted(new Step(r, "MEASURE_COMPLETED", p.kind().name() + " recorded",
                List.of(new EmploymentEvent.MeasureCompleted(r, done, now))));
    }

    /**
     * D-72: the job's question on {@code today}: which active measures of an open registration ended before today?
     * Each is completed on its end date, once ({@code MeasureCompleted}).
     */
    public Step completeEndedMeasures(LocalDate today, Instant now) {
        if (!active()) {
            return Step.none(this);
        }
        List<Participation> all = new ArrayList<>();
        List<Participation> done = new ArrayList<>();
        for (Participation p : measures) {
            if (p.status() == Participation.Status.ACTIVE && p.endOn().isBefore(today)) {
                Participation c = p.completed(p.endOn(), Participation.Completion.END_DATE_REACHED);
                all.add(c);
                done.add(c);
            } else {
                all.add(p);
            }
        }
        if (done.isEmpty()) {
            return Step.none(this);
        }
        Registration r = copy().measures(all).build();
        List<EmploymentEvent> events = done.stream()
                .map(p -> (EmploymentEvent) new EmploymentEvent.MeasureCompleted(r, p, now)).toList();
        return new Step(r, "MEASURE_COMPLETED", "end date reached " + events.size(), events);
    }

    /** D-72: the earliest end date of an active measure (the completion job's index), if any. */
    public Optional<LocalDate> nextMeasureEnd() {
        return measures.stream().filter(p -> p.status() == Participation.Status.ACTIVE).map(Participation::endOn)
                .min(Comparator.naturalOrder());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    public Registration atVersion(long v) {
        return copy().version(v).build();
    }

    private <T> Outcome<T> notActive(String ruleId) {
        return Outcome.refused(Refusal.conflict(ruleId, "registration.not-active", status.name())
                .with("status", status.name()));
    }

    static Outcome<LocalDate> addWorkingDays(WorkingCalendar calendar, LocalDate from, int days) {
        return calendarAnswer(() -> calendar.addWorkingDays(from, days));
    }

    static <T> Outcome<T> calendarAnswer(Supplier<T> question) {
        try {
            return Outcome.accepted(question.get());
        } catch (CalendarNotAvailableException e) {
            return Outcome.refused(Refusal.unprocessable("EMP-10", "calendar.not-available", String.valueOf(e.year()))
                    .with("year", e.year()));
        }
    }

    private static List<Referral> replace(List<Referral> all, Referral one) {
        return all.stream().map(r -> r.id().equals(one.id()) ? one : r).toList();
    }

    private Builder copy() {
        return new Builder(this);
    }

    /** Copies with changes (the record has many components). */
    private static final class Builder {
        private final Registration r;
        private RegistrationStatus status;
        private Offer offer;
        private UnemployedDecision unemployedDecision;
        private LocalDate unemployedSince;
        private LocalDate lastCheckIn;
        private LocalDate nextCheckInDue;
        private LocalDate lastMissedDue;
        private List<Referral> referrals;
        private int suitableWorkRefusals;
        private List<Participation> measures;
        private List<Invitation> invitations;
        private Deregistration deregistration;
        private long version;

        Builder(Registration r) {
            this.r = r;
            status = r.status;
            offer = r.offer;
            unemployedDecision = r.unemployedDecision;
            unemployedSince = r.unemployedSince;
            lastCheckIn = r.lastCheckIn;
            nextCheckInDue = r.nextCheckInDue;
            lastMissedDue = r.lastMissedDue;
            referrals = r.referrals;
            suitableWorkRefusals = r.suitableWorkRefusals;
            measures = r.measures;
            invitations = r.invitations;
            deregistration = r.deregistration;
            version = r.version;
        }

        Builder status(RegistrationStatus v) { status = v; return this; }
        Builder offer(Offer v) { offer = v; return this; }
        Builder unemployedDecision(UnemployedDecision v) { unemployedDecision = v; return this; }
        Builder unemployedSince(LocalDate v) { unemployedSince = v; return this; }
        Builder lastCheckIn(LocalDate v) { lastCheckIn = v; return this; }
        Builder nextCheckInDue(LocalDate v) { nextCheckInDue = v; return this; }
        Builder lastMissedDue(LocalDate v) { lastMissedDue = v; return this; }
        Builder referrals(List<Referral> v) { referrals = v; return this; }
        Builder suitableWorkRefusals(int v) { suitableWorkRefusals = v; return this; }
        Builder measures(List<Participation> v) { measures = v; return this; }
        Builder invitations(List<Invitation> v) { invitations = v; return this; }
        Builder deregistration(Deregistration v) { deregistration = v; return this; }
        Builder version(long v) { version = v; return this; }

        Registration build() {
            return new Registration(r.id, r.personKey, r.maskedIin, r.birthDate, r.sex, r.familyId, r.region, r.rural,
                    r.channel, r.documents, r.legalRepresentative, status, r.registeredOn, r.offerDeadline, offer,
                    unemployedDecision, unemployedSince, lastCheckIn, nextCheckInDue, lastMissedDue, referrals,
                    suitableWorkRefusals, measures, invitations, deregistration, version);
        }
    }
}
