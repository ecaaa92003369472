package kz.gov.tsa.employment.adapter.in.rest;

/** OpenAPI examples of the registry API. */
final class RegistryApiExamples {

    private RegistryApiExamples() {
    }

    static final String REGISTER = """
            {"iin": "900505400126", "regionCode": "750000000", "rural": false,
             "documents": {"identity": true, "workRecord": true, "education": false}}""";

    static final String REGISTRATION = """
            {"id": "0c7b3f52-6a8e-4f1d-9b2a-5e4d3c2b1a09",
             "personKey": "3f2b8a1e6c1d4f5e9a7b2d4c6e8f0a123f2b8a1e6c1d4f5e9a7b2d4c6e8f0a12",
             "maskedIin": "9005******26", "familyId": null, "regionCode": "750000000", "rural": false,
             "channel": "OPERATOR", "status": "JOB_SEEKER", "registeredOn": "2026-03-02", "offerDeadline": "2026-03-17",
             "offer": null, "documents": {"identity": true, "workRecord": true, "education": false},
             "legalRepresentative": false, "unemployedDecision": null, "unemployedSince": null,
             "lastCheckIn": "2026-03-02", "nextCheckInDue": "2026-03-05", "referrals": [], "suitableWorkRefusals": 0,
             "measures": [], "deregistration": null, "version": 1}""";

    static final String BANNED = """
            {"type": "https://tsa.gov.kz/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "Deregistered on 2026-03-02 under EMP-08 (3): a new registration is possible from 2026-04-02 (EMP-09).",
             "ruleId": "EMP-09", "parameters": {"firstAllowedOn": "2026-04-02", "deregisteredOn": "2026-03-02",
             "deregistrationReason": "CHECK_IN_SCHEDULE_BROKEN"}}""";

    static final String DEREGISTER = """
            {"reason": "CHECK_IN_SCHEDULE_BROKEN", "on": "2026-03-10", "note": "no check-in since 2026-03-02"}""";

    static final String UNEMPLOYED = """
            {"appliedOn": "2026-03-18", "working": false, "falseDocuments": false}""";

    static final String REFER = """
            {"kind": "VACANCY", "target": "Cook, Almaty Cafe LLP", "suitableWork": true, "referredOn": "2026-03-02"}""";

    static final String MEASURE = """
            {"kind": "YOUTH_PRACTICE", "provider": "Kaspi LLP", "startOn": "2026-03-02", "endOn": "2026-09-01",
             "facts": {"graduatedOn": "2025-06-30", "heavyHarmfulOrDangerous": false}}""";

    static final String SUBSIDY = """
            {"mci": "4325.00", "members": 3, "relocationMci": 35, "relocationPerMember": "151375.00",
             "relocationTotal": "454125.00", "rentMci": 25, "rentPerMonth": "108125.00", "rentMonths": 12,
             "rentTotal": "1297500.00", "total": "1751625.00"}""";

    static final String MCI_UNKNOWN = """
            {"type": "https://tsa.gov.kz/problems/unprocessable", "title": "Unprocessable", "status": 422,
             "detail": "The MCI on 2027-01-04 is not known yet: eligibility-service has not published it (PRG-08).",
             "ruleId": "PRG-08", "parameters": {"parameter": "MCI.SOCIAL_PAYMENTS", "date": "2027-01-04"}}""";

    static final String EMPLOYER_ANSWER = """
            {"answer": "HIRED", "on": "2026-03-26"}""";

    static final String EMPLOYER_ANSWERED = """
            {"type": "https://tsa.gov.kz/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "The employer already answered HIRED on 2026-03-26 (PRG-05).", "ruleId": "PRG-05",
             "parameters": {"employerAnswer": "HIRED", "employerAnsweredOn": "2026-03-26"}}""";

    static final String EMPLOYER_ANSWER_QUEUE = """
            [{"registrationId": "0c7b3f52-6a8e-4f1d-9b2a-5e4d3c2b1a09",
              "referralId": "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6", "maskedIin": "9005******26",
              "regionCode": "750000000", "target": "Social job, Almaty Parks LLP", "referredOn": "2026-03-20",
              "employerAnswerBy": "2026-03-30", "workingDaysOverdue": 1}]""";

    static final String COMPLETE_MEASURE = """
            {"on": "2026-05-29"}""";
}
