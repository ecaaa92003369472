package kz.gov.tsa.calendar;

/** JSON examples of the calendar API's OpenAPI document. */
final class CalendarApiExamples {

    private CalendarApiExamples() {
    }

    static final String YEAR = """
            {"year": 2026, "complete": true, "knownThrough": null,
             "note": "complete: 119 days off and 246 working days (alau.kz citing tengrinews); no transfer found as of 2026-01-09; Kurban Ait 27 May per the ДУМК calendar, may shift by one day with the moon",
             "source": {"citation": "Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»; ТК РК ст. 85 п. 3 (переносы выходных дней); REFERENCE-DATA.md §4",
                        "urls": ["https://kodeksy-kz.com/download.php?id=2426&lang=ru"]},
             "workingDays": 246, "daysOff": 119,
             "entries": [
              {"date": "2026-03-21", "dayOfWeek": "SATURDAY", "workingDay": false, "kind": "HOLIDAY",
               "name": {"kk": "Наурыз мейрамы", "ru": "Наурыз мейрамы", "en": "Nauryz"}, "counterpart": null,
               "source": {"citation": "Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)",
                          "urls": ["https://kodeksy-kz.com/download.php?id=2426&lang=ru"]}},
              {"date": "2026-03-24", "dayOfWeek": "TUESDAY", "workingDay": false, "kind": "MOVED_DAY_OFF",
               "name": {"kk": "Ауыстырылған демалыс күні: Наурыз мейрамы, 21.03.2026 (сенбі)",
                        "ru": "Перенесённый выходной день: Наурыз мейрамы, 21.03.2026 (суббота)",
                        "en": "Day off moved from Nauryz, 21.03.2026 (Saturday)"}, "counterpart": "2026-03-21",
               "source": {"citation": "Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» ст. 5",
                          "urls": ["https://kodeksy-kz.com/download.php?id=2426&lang=ru"]}}]}""";

    static final String WORKING_DAYS = """
            {"from": "2026-03-20", "add": 3, "result": "2026-03-30",
             "skipped": [
              {"date": "2026-03-21", "dayOfWeek": "SATURDAY", "workingDay": false, "kind": "HOLIDAY",
               "name": {"kk": "Наурыз мейрамы", "ru": "Наурыз мейрамы", "en": "Nauryz"}, "counterpart": null,
               "source": {"citation": "Закон РК от 13.12.2001 № 267-II", "urls": []}},
              {"date": "2026-03-28", "dayOfWeek": "SATURDAY", "workingDay": false, "kind": "WEEKEND",
               "name": {"kk": "Демалыс күні (сенбі)", "ru": "Выходной день (суббота)", "en": "Weekend (Saturday)"},
               "counterpart": null, "source": null}]}""";

    static final String DAY = """
            {"date": "2024-05-08", "dayOfWeek": "WEDNESDAY", "workingDay": false, "kind": "TRANSFERRED_DAY_OFF",
             "name": {"kk": "Ауыстырылған демалыс күні (04.05.2024, сенбі күнінен)",
                      "ru": "Выходной день, перенесённый с субботы 04.05.2024",
                      "en": "Day off transferred from Saturday 04.05.2024"},
             "counterpart": "2024-05-04",
             "source": {"citation": "Постановление Правительства РК о переносе выходного дня с субботы 04.05.2024 на среду 08.05.2024 (ТК РК ст. 85 п. 3)",
                        "urls": ["https://alataunews.kz/ru/novosti/kak-budut-otdyhat-kazahstanczy-na-majskie-prazdniki-s-uchetom-perenosa-vyhodnyh-dnej"]}}""";

    static final String NO_DATA = """
            {"type": "urn:tsa:problem:not-found", "title": "Resource not found", "status": 404,
             "detail": "The requested resource does not exist.", "instance": "/api/v1/calendar/2031",
             "parameters": {"year": 2031, "reason": "NO_DATA", "message": "no working-day calendar for 2031"}}""";

    static final String INVALID = """
            {"type": "urn:tsa:problem:validation", "title": "Validation failed", "status": 400,
             "detail": "One or more fields are invalid; see violations.", "instance": "/api/v1/calendar/working-days",
             "violations": [{"field": "add", "message": "must be greater than or equal to 0"}]}""";
}
