package kz.gov.tsa.eligibility.adapter.in.rest.reference;

/** Example bodies for the OpenAPI document of the reference-data API (constants, so annotations can use them). */
final class ReferenceExamples {

    private ReferenceExamples() {
    }

    static final String REGIONS = """
            [{"code": "710000000", "nameKk": "Астана қаласы", "nameRu": "г.Астана", "nameEn": "Astana (city)",
              "kind": "CITY_OF_REPUBLICAN_SIGNIFICANCE"},
             {"code": "750000000", "nameKk": "Алматы қаласы", "nameRu": "г.Алматы", "nameEn": "Almaty (city)",
              "kind": "CITY_OF_REPUBLICAN_SIGNIFICANCE"}]""";

    static final String REGION = """
            {"code": "750000000", "nameKk": "Алматы қаласы", "nameRu": "г.Алматы", "nameEn": "Almaty (city)",
             "kind": "CITY_OF_REPUBLICAN_SIGNIFICANCE"}""";

    static final String MCI_VERSION = """
            {"id": 21, "parameter": "MCI", "key": "SOCIAL_PAYMENTS", "label": "SOCIAL_PAYMENTS",
             "value": {"purpose": "SOCIAL_PAYMENTS", "amount": 3180.00}, "text": "3180.00",
             "validFrom": "2022-04-01", "validTo": "2022-12-31",
             "source": "mid-year rise for benefits and social payments (medium): https://arna-news.kz/…",
             "recordedBy": "flyway:V3__reference_seed", "recordedAt": "2026-11-25T10:00:00Z",
             "reason": "initial load: REFERENCE-DATA.md (2026-11-25)", "active": true}""";

    static final String MCI_VERSIONS = "[" + MCI_VERSION + "]";

    static final String SPLIT_VERSION = """
            {"id": 2, "parameter": "FOOD_SPLIT", "key": "national", "label": "national",
             "value": {"foodPercent": 55.00, "nonFoodPercent": 45.00}, "text": "55/45",
             "validFrom": "2018-01-01", "validTo": null, "source": "RULES.md REF-02; ru.sputnik.kz …",
             "recordedBy": "flyway:V3__reference_seed", "recordedAt": "2026-11-25T10:00:00Z",
             "reason": "initial load: REFERENCE-DATA.md (2026-11-25)", "active": true}""";

    static final String RETIREMENT_VERSIONS = """
            [{"id": 19, "parameter": "RETIREMENT_AGE", "key": "FEMALE", "label": "FEMALE",
              "value": {"sex": "FEMALE", "years": 58.5}, "text": "58.5", "validFrom": "2018-01-01",
              "validTo": "2018-12-31", "source": "yk-news.kz (schedule) ; informburo.kz …",
              "recordedBy": "flyway:V3__reference_seed", "recordedAt": "2026-11-25T10:00:00Z",
              "reason": "initial load: REFERENCE-DATA.md (2026-11-25)", "active": true},
             {"id": 18, "parameter": "RETIREMENT_AGE", "key": "MALE", "label": "MALE",
              "value": {"sex": "MALE", "years": 63.0}, "text": "63", "validFrom": "2018-01-01",
              "validTo": "2018-12-31", "source": "yk-news.kz (schedule) ; informburo.kz …",
              "recordedBy": "flyway:V3__reference_seed", "recordedAt": "2026-11-25T10:00:00Z",
              "reason": "initial load: REFERENCE-DATA.md (2026-11-25)", "active": true}]""";

    static final String CONTRACT_TERM_VERSION = """
            {"id": 1, "parameter": "CONTRACT_TERM", "key": "national", "label": "national",
             "value": {"months": 6}, "text": "6", "validFrom": "2018-01-01", "validTo": null,
             "source": "RULES.md CON-04 and ELIG-13 (TSA Law art. 4 p. 10)", "recordedBy": "flyway:V3__reference_seed",
             "recordedAt": "2026-11-25T10:00:00Z", "reason": "initial load: REFERENCE-DATA.md (2026-11-25)",
             "active": true}""";

    static final String METHOD_VERSION = """
            {"id": 5, "parameter": "POVERTY_LINE_METHOD", "key": "national", "label": "national",
             "value": {"kind": "GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE", "smPercent": 70.00,
                       "medianIncomePercent": 35.00, "rounding": "WHOLE_TENGE",
                       "description": "max(35 % of median income, 70 % of SM), whole tenge"},
             "text": "max(35 % of median income, 70 % of SM), whole tenge", "validFrom": "2025-01-01", "validTo": null,
             "source": "MTSZN order of 20.12.2024 No. 473 …", "recordedBy": "flyway:V3__reference_seed",
             "recordedAt": "2026-11-25T10:00:00Z", "reason": "initial load: REFERENCE-DATA.md (2026-11-25)",
             "active": true}""";

    static final String BASKET_ITEMS = """
            [{"id": 1, "parameter": "BASKET_ITEM", "key": "BREAD", "label": "BREAD",
              "value": {"code": "BREAD", "nameKk": "Нан", "nameRu": "Хлеб", "nameEn": "Bread", "unit": "KG",
                        "yearlyNorm": 105.850, "kcalPerUnit": 2420.00, "placeholder": true},
              "text": "105.85 kg/year, 2420 kcal/kg (placeholder)", "validFrom": "2025-01-01", "validTo": null,
              "source": "placeholder — official list: MLSPP order on the SM method, see docs/reference-data.md …",
              "recordedBy": "flyway:V3__reference_seed", "recordedAt": "2026-11-25T10:00:00Z",
              "reason": "placeholder basket so the computation can be shown; not the official list", "active": true}]""";

    static final String CHANGE = """
            {"parameter": "MCI", "key": "FINES_TAXES",
             "created": {"id": 40, "parameter": "MCI", "key": "FINES_TAXES", "label": "FINES_TAXES",
                         "value": {"purpose": "FINES_TAXES", "amount": 3180.00}, "text": "3180.00",
                         "validFrom": "2022-04-01", "validTo": "2022-12-31", "source": "budget amendment law …",
                         "recordedBy": "admin1", "recordedAt": "2026-11-26T09:00:00Z",
                         "reason": "amendment law checked on adilet.zan.kz", "active": true},
             "closed": [{"id": 17, "validToBefore": "2022-12-31", "validToNow": "2022-03-31"}],
             "superseded": [], "remainders": []}""";

    static final String PRICES = """
            {"regionCode": "750000000", "quarter": "2025-Q4", "prices": [
              {"id": 3, "parameter": "BASKET_PRICE", "key": "750000000/BREAD", "label": "750000000/BREAD/2025-Q4",
               "value": {"regionCode": "750000000", "itemCode": "BREAD", "price": 450.00, "quarter": "2025-Q4"},
               "text": "450.00", "validFrom": "2025-10-01", "validTo": "2025-12-31",
               "source": "placeholder — plausible price, not a statistic …", "recordedBy": "flyway:V3__reference_seed",
               "recordedAt": "2026-11-25T10:00:00Z", "reason": "placeholder prices so the basket computation can be shown",
               "active": true}]}""";

    static final String BASKET_COST = """
            {"regionCode": "750000000", "quarter": "2025-Q4", "monthlyCost": 26874.65, "placeholder": true,
             "energy": {"kcalPerDay": 1444.5, "targetKcalPerDay": 2175, "meetsTarget": false},
             "lines": [{"itemCode": "BREAD", "nameKk": "Нан", "nameRu": "Хлеб", "nameEn": "Bread", "unit": "KG",
                        "yearlyNorm": 105.850, "pricePerUnit": 450.00, "monthlyCost": 3969.38, "kcalPerDay": 701.8,
                        "placeholder": true}],
             "versionIds": [1, 14]}""";

    static final String SUBSISTENCE_MINIMUM = """
            {"regionCode": "750000000", "quarter": "2023-Q4", "value": 40567.00, "basis": "PUBLISHED",
             "foodBasketCost": null, "nonFoodPart": null, "foodSplit": null, "placeholderBasketIgnored": false,
             "versions": [{"id": 815, "parameter": "SUBSISTENCE_MINIMUM", "key": "750000000",
                           "label": "750000000/2023-Q4",
                           "value": {"regionCode": "750000000", "quarter": "2023-Q4", "amount": 40567.00},
                           "text": "40567.00", "validFrom": "2023-10-01", "validTo": "2023-12-31",
                           "source": "national figure (law), used until regional figures are entered: …",
                           "recordedBy": "flyway:V3__reference_seed", "recordedAt": "2026-11-25T10:00:00Z",
                           "reason": "initial load: REFERENCE-DATA.md (2026-11-25)", "active": true}]}""";

    static final String POVERTY_LINE = """
            {"regionCode": "750000000", "quarter": "2024-Q1", "value": 28397.00, "basis": "METHOD",
             "basePeriod": "2023-Q4", "published": null,
             "method": {"id": 4, "parameter": "POVERTY_LINE_METHOD", "key": "national", "label": "national",
                        "value": {"kind": "SHARE_OF_SM", "smPercent": 70.00, "medianIncomePercent": null,
                                  "rounding": "WHOLE_TENGE", "description": "70 % of SM, whole tenge"},
                        "text": "70 % of SM, whole tenge",
                        "validFrom": "2023-07-01", "validTo": "2024-12-31",
                        "source": "MTSZN order of 19.05.2023 No. 160 …", "recordedBy": "flyway:V3__reference_seed",
                        "recordedAt": "2026-11-25T10:00:00Z", "reason": "initial load: REFERENCE-DATA.md (2026-11-25)",
                        "active": true},
             "subsistenceMinimum": {"regionCode": "750000000", "quarter": "2023-Q4", "value": 40567.00,
                                    "basis": "PUBLISHED", "placeholderBasketIgnored": false, "versions": []},
             "medianIncome": null,
             "terms": [{"base": "SUBSISTENCE_MINIMUM", "percent": 70.00, "baseAmount": 40567.00,
                        "amount": 28396.90, "chosen": true}],
             "computedValue": 28396.90,
             "versions": [{"id": 4, "parameter": "POVERTY_LINE_METHOD", "label": "national",
                           "text": "70 % of SM, whole tenge"},
                          {"id": 815, "parameter": "SUBSISTENCE_MINIMUM", "label": "750000000/2023-Q4",
                           "text": "40567.00"}]}""";

    static final String FIGURE_VERSION = """
            {"id": 1001, "parameter": "POVERTY_LINE", "key": "750000000", "label": "750000000/2016-Q2",
             "value": {"regionCode": "750000000", "quarter": "2016-Q2", "amount": 12345.00}, "text": "12345.00",
             "validFrom": "2016-04-01", "validTo": "2016-06-30", "source": "akimat resolution of 05.04.2016 No. 12",
             "recordedBy": "akimat-almaty", "recordedAt": "2026-11-26T09:00:00Z", "reason": "quarterly publication",
             "active": true}""";

    static final String MISSING = """
            {"type": "urn:tsa:problem:unprocessable", "title": "Request cannot be processed", "status": 422,
             "detail": "No value of POVERTY_LINE_METHOD for national on 2019-04-01: enter it in the reference data first.",
             "instance": "/api/v1/reference/poverty-lines/750000000/2019-Q2", "ruleId": "REF-04",
             "parameters": {"parameter": "POVERTY_LINE_METHOD", "key": "national", "date": "2019-04-01"}}""";

    static final String NOT_OWN_REGION = """
            {"type": "urn:tsa:problem:forbidden", "title": "Access denied", "status": 403,
             "detail": "An akimat changes the values of its own region 750000000 only, not of 710000000.",
             "instance": "/api/v1/reference/poverty-lines/710000000/2016-Q2",
             "parameters": {"regionCode": "710000000", "ownRegion": "750000000"}}""";

    static final String UNKNOWN_REGION = """
            {"type": "urn:tsa:problem:not-found", "title": "Resource not found", "status": 404,
             "detail": "999000000 is not the KATO code of one of the 20 regions.",
             "instance": "/api/v1/reference/regions/999000000", "parameters": {"regionCode": "999000000"}}""";

    static final String INVALID = """
            {"type": "urn:tsa:problem:validation", "title": "Validation failed", "status": 400,
             "detail": "One or more fields are invalid; see violations.", "instance": "/api/v1/reference/mci",
             "violations": [{"field": "amount", "message": "must not be null"},
                            {"field": "reason", "message": "must not be blank"}]}""";
}
