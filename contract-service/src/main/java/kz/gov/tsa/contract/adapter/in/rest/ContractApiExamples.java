package kz.gov.tsa.contract.adapter.in.rest;

/** OpenAPI examples of the contract API. */
final class ContractApiExamples {

    private ContractApiExamples() {
    }

    static final String ACTIVITY = """
            {"personKey": "3f2b8a1e6c1d4f5e9a7b2d4c6e8f0a12b3c4d5e6f708192a3b4c5d6e7f809102", "kind": "SOCIAL_JOB",
             "domain": "SOCIAL", "description": "Social job at the district akimat", "dueDate": "2026-05-29"}""";

    static final String SIGN = """
            {"signedOn": "2026-03-02", "signatory": "3f2b8a1e6c1d4f5e9a7b2d4c6e8f0a12b3c4d5e6f708192a3b4c5d6e7f809102",
             "assistant": "A. Seitkali (assistant)", "consultant": "G. Nurlanova (social-work consultant)"}""";

    static final String EXTEND = """
            {"months": 3, "reason": "SOCIAL_JOB_NOT_FINISHED",
             "recommendation": "District employment commission, minutes No. 14", "recommendedOn": "2026-08-18"}""";

    static final String BREACH = """
            {"personKey": "3f2b8a1e6c1d4f5e9a7b2d4c6e8f0a12b3c4d5e6f708192a3b4c5d6e7f809102",
             "reason": "Left the social job without a valid reason", "occurredOn": "2026-04-10",
             "evidence": "Employer's letter No. 118 of 2026-04-13"}""";

    static final String CON09 = """
            {"type": "https://tsa.gov.kz/problems/unprocessable", "title": "Not allowed by a rule", "status": 422,
             "ruleId": "CON-09", "detail": "Member 0501******11 need not take part in active employment measures (CON-09 (2) full-time student): PUBLIC_WORKS cannot be planned.",
             "member": "0501******11", "exemptions": ["CON-09 (2) full-time student"], "kind": "PUBLIC_WORKS"}""";

    static final String CONTRACT = """
            {"id": "5b0c7c2e-1f0a-4d8e-9b7a-3c2d1e0f9a8b", "decisionId": "9c1e5b7a-2f3d-4e6a-8b9c-0d1e2f3a4b5c",
             "familyId": "F-3f2b8a1e6c1d4f5e9a7b2d4c6e8f0a12", "regionCode": "750000000", "status": "SIGNED",
             "commissionConcludedOn": "2026-02-25", "signingDeadline": "2026-03-02",
             "members": [{"personKey": "3f2b…9102", "maskedIin": "8601******26", "relation": "APPLICANT", "ableBodied": true, "con09Exemptions": []}],
             "plan": [{"id": "0d6e…", "personKey": "3f2b…9102", "kind": "SOCIAL_JOB", "domain": "SOCIAL", "description": "Social job", "dueDate": "2026-05-29", "status": "PLANNED"}],
             "planProgress": {"activities": 1, "done": 0, "inProgress": 0, "notDone": 0},
             "termMonths": 6, "termEnd": "2026-09-01", "firstPaymentMonth": "2026-03", "lastPaymentMonth": "2026-08",
             "breaches": [], "sanction": null, "termination": null}""";
}
