package kz.gov.tsa.eligibility.adapter.in.rest;

/** JSON examples of the OpenAPI document (requests, answers and problems of the application API). */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String SUBMIT = """
            {"regionCode": "750000000", "quarter": "2026-Q4",
             "livingConditions": {"ownsHousing": false, "subsidiaryFarm": false, "ownsCar": false, "livingAreaSquareMetres": 36},
             "members": [
              {"iin": "900101400003", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "CITIZEN",
               "careDuties": ["CHILD_UNDER_7"], "employment": "EMPLOYED",
               "incomes": [{"month": "2026-07", "kind": "WAGES", "amount": 60000.00},
                           {"month": "2026-08", "kind": "WAGES", "amount": 60000.00},
                           {"month": "2026-09", "kind": "WAGES", "amount": 60000.00}]},
              {"iin": "200505500000", "birthDate": "2020-05-05", "relation": "CHILD", "residency": "CITIZEN"}]}""";

    static final String APPLICATION = """
            {"id": "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12", "familyId": "F-3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12",
             "regionCode": "750000000", "quarter": "2026-Q4", "incomePeriod": "2026-Q3", "channel": "OPERATOR",
             "status": "AWAITING_COMMISSION", "receivedAt": "2026-11-26T05:00:00Z", "submittedBy": "operator1",
             "members": [{"iin": "900101400003", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "CITIZEN",
               "disability": "NONE", "longIllness": false, "fullTimeStudent": false, "careDuties": ["CHILD_UNDER_7"],
               "employment": "EMPLOYED", "incomes": [{"month": "2026-07", "kind": "WAGES", "amount": 60000.00}]}],
             "livingConditions": {"ownsHousing": false, "subsidiaryFarm": false, "ownsCar": false, "livingAreaSquareMetres": 36}}""";

    static final String DECISION = """
            {"id": "9c1e5b7a-2f3d-4e6a-8b9c-0d1e2f3a4b5c", "applicationId": "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12",
             "familyId": "F-3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12", "regionCode": "750000000", "quarter": "2024-Q2",
             "kind": "UNCONDITIONAL", "refusalRuleId": null, "perCapitaIncome": 20000.00, "povertyLine": 30385.00,
             "monthlyAmount": 20770.00, "periodFrom": "2024-04", "periodTo": "2024-06",
             "shares": [{"iin": "900101400003", "monthlyAmount": 10385.00, "ableBodied": true, "fullTimeStudent": false,
                         "turns18On": "2008-01-01", "turns23On": "2013-01-01"}],
             "ruleIds": ["ELIG-10", "ELIG-02", "ELIG-03", "ELIG-04", "ELIG-07", "ELIG-12", "ELIG-15"],
             "explanation": [{"ruleId": "ELIG-03", "article": "TSA Law art. 1 p. 3-1 (PL); method per RULES.md ELIG-03",
               "code": "per-capita-income", "figures": {"totalIncome": "120000.00", "months": "3", "members": "2",
               "perCapitaIncome": "20000.00", "povertyLine": "30385.00"}, "outcome": "BELOW_POVERTY_LINE",
               "text": "ELIG-03 (TSA Law art. 1 p. 3-1 (PL); method per RULES.md ELIG-03): Income over 2024-Q1: 120000.00 ₸ ÷ 3 months ÷ 2 members = 20000.00 ₸ per person, below the poverty line of 30385.00 ₸ for 2024-Q2."}],
             "parameterVersions": [{"parameter": "POVERTY_LINE", "key": "750000000/2024-Q2", "value": "30385.00",
               "effectiveFrom": "2024-04-01", "versionId": 0}],
             "decidedBy": "operator1", "decidedAt": "2026-11-26T06:00:00Z", "revocation": null}""";

    static final String NO_CONCLUSION = """
            {"type": "urn:tsa:problem:conflict", "title": "Conflict", "status": 409, "ruleId": "ELIG-10",
             "detail": "The application cannot be decided before the precinct commission's conclusion (ELIG-10).",
             "instance": "/api/v1/applications/3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12/decision"}""";

    static final String MISSING_PARAMETER = """
            {"type": "urn:tsa:problem:unprocessable", "title": "Unprocessable request", "status": 422, "ruleId": "REF-05",
             "detail": "No value of POVERTY_LINE_METHOD for 2019-Q3 on 2019-07-01: enter it in the reference data first.",
             "parameters": {"parameter": "POVERTY_LINE_METHOD", "key": "2019-Q3", "date": "2019-07-01"}}""";

    static final String INVALID = """
            {"type": "urn:tsa:problem:validation", "title": "Validation failed", "status": 400,
             "violations": [{"field": "members[0].iin", "message": "Not a valid IIN: 12 digits whose birth date and check digit must match"},
                            {"field": "quarter", "message": "A quarter is written YYYY-Qn, e.g. 2026-Q4"}]}""";
}
