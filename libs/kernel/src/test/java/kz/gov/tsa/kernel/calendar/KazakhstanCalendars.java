package kz.gov.tsa.kernel.calendar;

import java.time.LocalDate;
import java.util.List;

import static kz.gov.tsa.kernel.calendar.EntryKind.HOLIDAY;
import static kz.gov.tsa.kernel.calendar.EntryKind.MOVED_DAY_OFF;
import static kz.gov.tsa.kernel.calendar.EntryKind.RELIGIOUS_DAY_OFF;
import static kz.gov.tsa.kernel.calendar.EntryKind.TRANSFERRED_DAY_OFF;
import static kz.gov.tsa.kernel.calendar.EntryKind.TRANSFERRED_WORKING_DAY;

/**
 * Test fixture: the calendars of 2023 (incomplete), 2024–2026 (complete) as REFERENCE-DATA §4 gives them and 2027
 * (known through 14 May: the statutory holidays and their weekend moves, D-80) —
 * the same facts tsa-calendar seeds into PostgreSQL (its tests compare the two). Sources are abbreviated here.
 */
public final class KazakhstanCalendars {

    static final LegalSource SOURCE = LegalSource.of("Law No. 267-II; REFERENCE-DATA.md §4 (test fixture)");

    private KazakhstanCalendars() {
    }

    /** 2023 (incomplete), 2024–2026 and 2027 (known through 2027-05-14). */
    public static WorkingCalendar calendar() {
        return WorkingCalendar.of(year2023(), year2024(), year2025(), year2026(), year2027());
    }

    /** 2027: incomplete, known through 14 May (the Kurban Ait date is not announced; no transfer decreed yet). */
    public static CalendarYear year2027() {
        return new CalendarYear(2027, false, SOURCE, "known through 2027-05-14: the statutory holidays and their weekend moves (Law No. 267-II art. 5); the Kurban Ait date (about 16 May, 354 days after 27.05.2026) and the Government's transfers of days off for 2027 are not known as of 2026-12-03", List.of(
                e("2027-01-01", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2027-01-02", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2027-01-04", MOVED_DAY_OFF, "2027-01-02", "Ауыстырылған демалыс күні: Жаңа жыл, 02.01.2027 (сенбі)", "Перенесённый выходной день: Новый год, 02.01.2027 (суббота)", "Day off moved from New Year, 02.01.2027 (Saturday)"),
                e("2027-01-07", RELIGIOUS_DAY_OFF, null, "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas"),
                e("2027-03-08", HOLIDAY, null, "Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"),
                e("2027-03-21", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2027-03-22", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2027-03-23", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2027-03-24", MOVED_DAY_OFF, "2027-03-21", "Ауыстырылған демалыс күні: Наурыз мейрамы, 21.03.2027 (жексенбі)", "Перенесённый выходной день: Наурыз мейрамы, 21.03.2027 (воскресенье)", "Day off moved from Nauryz, 21.03.2027 (Sunday)"),
                e("2027-05-01", HOLIDAY, null, "Қазақстан халқының бірлігі күні", "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan"),
                e("2027-05-03", MOVED_DAY_OFF, "2027-05-01", "Ауыстырылған демалыс күні: Қазақстан халқының бірлігі күні, 01.05.2027 (сенбі)", "Перенесённый выходной день: Праздник единства народа Казахстана, 01.05.2027 (суббота)", "Day off moved from Day of Unity of the People of Kazakhstan, 01.05.2027 (Saturday)"),
                e("2027-05-07", HOLIDAY, null, "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day"),
                e("2027-05-09", HOLIDAY, null, "Жеңіс күні", "День Победы", "Victory Day"),
                e("2027-05-10", MOVED_DAY_OFF, "2027-05-09", "Ауыстырылған демалыс күні: Жеңіс күні, 09.05.2027 (жексенбі)", "Перенесённый выходной день: День Победы, 09.05.2027 (воскресенье)", "Day off moved from Victory Day, 09.05.2027 (Sunday)"),
                e("2027-07-06", HOLIDAY, null, "Астана күні", "День Столицы", "Capital Day"),
                e("2027-08-30", HOLIDAY, null, "Конституция күні", "День Конституции", "Constitution Day"),
                e("2027-10-25", HOLIDAY, null, "Республика күні", "День Республики", "Republic Day"),
                e("2027-12-16", HOLIDAY, null, "Тәуелсіздік күні", "День Независимости", "Independence Day")),
                java.util.Optional.of(LocalDate.parse("2027-05-14")));
    }

    /** 2023: incomplete (Kurban Ait date and transfers unknown). */
    public static CalendarYear year2023() {
        return new CalendarYear(2023, false, SOURCE, "the Kurban Ait date of 2023 and the Government's transfers of days off for 2023 are not in REFERENCE-DATA (not known)", List.of(
                e("2023-01-01", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2023-01-02", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2023-01-03", MOVED_DAY_OFF, "2023-01-01", "Ауыстырылған демалыс күні: Жаңа жыл, 01.01.2023 (жексенбі)", "Перенесённый выходной день: Новый год, 01.01.2023 (воскресенье)", "Day off moved from New Year, 01.01.2023 (Sunday)"),
                e("2023-01-07", RELIGIOUS_DAY_OFF, null, "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas"),
                e("2023-03-08", HOLIDAY, null, "Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"),
                e("2023-03-21", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2023-03-22", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2023-03-23", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2023-05-01", HOLIDAY, null, "Қазақстан халқының бірлігі күні", "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan"),
                e("2023-05-07", HOLIDAY, null, "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day"),
                e("2023-05-08", MOVED_DAY_OFF, "2023-05-07", "Ауыстырылған демалыс күні: Отан қорғаушы күні, 07.05.2023 (жексенбі)", "Перенесённый выходной день: День защитника Отечества, 07.05.2023 (воскресенье)", "Day off moved from Defender of the Fatherland Day, 07.05.2023 (Sunday)"),
                e("2023-05-09", HOLIDAY, null, "Жеңіс күні", "День Победы", "Victory Day"),
                e("2023-07-06", HOLIDAY, null, "Астана күні", "День Столицы", "Capital Day"),
                e("2023-08-30", HOLIDAY, null, "Конституция күні", "День Конституции", "Constitution Day"),
                e("2023-10-25", HOLIDAY, null, "Республика күні", "День Республики", "Republic Day"),
                e("2023-12-16", HOLIDAY, null, "Тәуелсіздік күні", "День Независимости", "Independence Day"),
                e("2023-12-18", MOVED_DAY_OFF, "2023-12-16", "Ауыстырылған демалыс күні: Тәуелсіздік күні, 16.12.2023 (сенбі)", "Перенесённый выходной день: День Независимости, 16.12.2023 (суббота)", "Day off moved from Independence Day, 16.12.2023 (Saturday)")));
    }

    /** 2024: complete. */
    public static CalendarYear year2024() {
        return new CalendarYear(2024, true, SOURCE, "complete: 117 days off of the five-day week, as aqshamnews.kz counts them", List.of(
                e("2024-01-01", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2024-01-02", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2024-01-07", RELIGIOUS_DAY_OFF, null, "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas"),
                e("2024-03-08", HOLIDAY, null, "Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"),
                e("2024-03-21", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2024-03-22", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2024-03-23", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2024-03-25", MOVED_DAY_OFF, "2024-03-23", "Ауыстырылған демалыс күні: Наурыз мейрамы, 23.03.2024 (сенбі)", "Перенесённый выходной день: Наурыз мейрамы, 23.03.2024 (суббота)", "Day off moved from Nauryz, 23.03.2024 (Saturday)"),
                e("2024-05-01", HOLIDAY, null, "Қазақстан халқының бірлігі күні", "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan"),
                e("2024-05-04", TRANSFERRED_WORKING_DAY, "2024-05-08", "Жұмыс күні (демалыс 08.05.2024 күніне ауыстырылды)", "Рабочий день (выходной перенесён на 08.05.2024)", "Working day (its day off transferred to Wednesday 08.05.2024)"),
                e("2024-05-07", HOLIDAY, null, "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day"),
                e("2024-05-08", TRANSFERRED_DAY_OFF, "2024-05-04", "Ауыстырылған демалыс күні (04.05.2024, сенбі күнінен)", "Выходной день, перенесённый с субботы 04.05.2024", "Day off transferred from Saturday 04.05.2024"),
                e("2024-05-09", HOLIDAY, null, "Жеңіс күні", "День Победы", "Victory Day"),
                e("2024-06-16", RELIGIOUS_DAY_OFF, null, "Құрбан айт (бірінші күні)", "Курбан айт (первый день)", "Kurban Ait (first day)"),
                e("2024-07-06", HOLIDAY, null, "Астана күні", "День Столицы", "Capital Day"),
                e("2024-07-08", MOVED_DAY_OFF, "2024-07-06", "Ауыстырылған демалыс күні: Астана күні, 06.07.2024 (сенбі)", "Перенесённый выходной день: День Столицы, 06.07.2024 (суббота)", "Day off moved from Capital Day, 06.07.2024 (Saturday)"),
                e("2024-08-30", HOLIDAY, null, "Конституция күні", "День Конституции", "Constitution Day"),
                e("2024-10-25", HOLIDAY, null, "Республика күні", "День Республики", "Republic Day"),
                e("2024-12-16", HOLIDAY, null, "Тәуелсіздік күні", "День Независимости", "Independence Day")));
    }

    /** 2025: complete. */
    public static CalendarYear year2025() {
        return new CalendarYear(2025, true, SOURCE, "complete: the MLSPP said no transfer other than 05.01 -> 03.01 was planned for 2025", List.of(
                e("2025-01-01", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2025-01-02", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2025-01-03", TRANSFERRED_DAY_OFF, "2025-01-05", "Ауыстырылған демалыс күні (05.01.2025, жексенбі күнінен)", "Выходной день, перенесённый с воскресенья 05.01.2025", "Day off transferred from Sunday 05.01.2025"),
                e("2025-01-05", TRANSFERRED_WORKING_DAY, "2025-01-03", "Жұмыс күні (демалыс 03.01.2025 күніне ауыстырылды)", "Рабочий день (выходной перенесён на 03.01.2025)", "Working day (its day off transferred to Friday 03.01.2025)"),
                e("2025-01-07", RELIGIOUS_DAY_OFF, null, "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas"),
                e("2025-03-08", HOLIDAY, null, "Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"),
                e("2025-03-10", MOVED_DAY_OFF, "2025-03-08", "Ауыстырылған демалыс күні: Халықаралық әйелдер күні, 08.03.2025 (сенбі)", "Перенесённый выходной день: Международный женский день, 08.03.2025 (суббота)", "Day off moved from International Women's Day, 08.03.2025 (Saturday)"),
                e("2025-03-21", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2025-03-22", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2025-03-23", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2025-03-24", MOVED_DAY_OFF, "2025-03-22", "Ауыстырылған демалыс күні: Наурыз мейрамы, 22.03.2025 (сенбі)", "Перенесённый выходной день: Наурыз мейрамы, 22.03.2025 (суббота)", "Day off moved from Nauryz, 22.03.2025 (Saturday)"),
                e("2025-03-25", MOVED_DAY_OFF, "2025-03-23", "Ауыстырылған демалыс күні: Наурыз мейрамы, 23.03.2025 (жексенбі)", "Перенесённый выходной день: Наурыз мейрамы, 23.03.2025 (воскресенье)", "Day off moved from Nauryz, 23.03.2025 (Sunday)"),
                e("2025-05-01", HOLIDAY, null, "Қазақстан халқының бірлігі күні", "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan"),
                e("2025-05-07", HOLIDAY, null, "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day"),
                e("2025-05-09", HOLIDAY, null, "Жеңіс күні", "День Победы", "Victory Day"),
                e("2025-06-06", RELIGIOUS_DAY_OFF, null, "Құрбан айт (бірінші күні)", "Курбан айт (первый день)", "Kurban Ait (first day)"),
                e("2025-07-06", HOLIDAY, null, "Астана күні", "День Столицы", "Capital Day"),
                e("2025-07-07", MOVED_DAY_OFF, "2025-07-06", "Ауыстырылған демалыс күні: Астана күні, 06.07.2025 (жексенбі)", "Перенесённый выходной день: День Столицы, 06.07.2025 (воскресенье)", "Day off moved from Capital Day, 06.07.2025 (Sunday)"),
                e("2025-08-30", HOLIDAY, null, "Конституция күні", "День Конституции", "Constitution Day"),
                e("2025-09-01", MOVED_DAY_OFF, "2025-08-30", "Ауыстырылған демалыс күні: Конституция күні, 30.08.2025 (сенбі)", "Перенесённый выходной день: День Конституции, 30.08.2025 (суббота)", "Day off moved from Constitution Day, 30.08.2025 (Saturday)"),
                e("2025-10-25", HOLIDAY, null, "Республика күні", "День Республики", "Republic Day"),
                e("2025-10-27", MOVED_DAY_OFF, "2025-10-25", "Ауыстырылған демалыс күні: Республика күні, 25.10.2025 (сенбі)", "Перенесённый выходной день: День Республики, 25.10.2025 (суббота)", "Day off moved from Republic Day, 25.10.2025 (Saturday)"),
                e("2025-12-16", HOLIDAY, null, "Тәуелсіздік күні", "День Независимости", "Independence Day")));
    }

    /** 2026: complete. */
    public static CalendarYear year2026() {
        return new CalendarYear(2026, true, SOURCE, "complete: 119 days off and 246 working days (alau.kz citing tengrinews); no transfer found as of 2026-01-09; Kurban Ait 27 May per the ДУМК calendar, may shift by one day with the moon", List.of(
                e("2026-01-01", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2026-01-02", HOLIDAY, null, "Жаңа жыл", "Новый год", "New Year"),
                e("2026-01-07", RELIGIOUS_DAY_OFF, null, "Православиелік Рождество", "Православное Рождество", "Orthodox Christmas"),
                e("2026-03-08", HOLIDAY, null, "Халықаралық әйелдер күні", "Международный женский день", "International Women's Day"),
                e("2026-03-09", MOVED_DAY_OFF, "2026-03-08", "Ауыстырылған демалыс күні: Халықаралық әйелдер күні, 08.03.2026 (жексенбі)", "Перенесённый выходной день: Международный женский день, 08.03.2026 (воскресенье)", "Day off moved from International Women's Day, 08.03.2026 (Sunday)"),
                e("2026-03-21", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2026-03-22", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2026-03-23", HOLIDAY, null, "Наурыз мейрамы", "Наурыз мейрамы", "Nauryz"),
                e("2026-03-24", MOVED_DAY_OFF, "2026-03-21", "Ауыстырылған демалыс күні: Наурыз мейрамы, 21.03.2026 (сенбі)", "Перенесённый выходной день: Наурыз мейрамы, 21.03.2026 (суббота)", "Day off moved from Nauryz, 21.03.2026 (Saturday)"),
                e("2026-03-25", MOVED_DAY_OFF, "2026-03-22", "Ауыстырылған демалыс күні: Наурыз мейрамы, 22.03.2026 (жексенбі)", "Перенесённый выходной день: Наурыз мейрамы, 22.03.2026 (воскресенье)", "Day off moved from Nauryz, 22.03.2026 (Sunday)"),
                e("2026-05-01", HOLIDAY, null, "Қазақстан халқының бірлігі күні", "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan"),
                e("2026-05-07", HOLIDAY, null, "Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day"),
                e("2026-05-09", HOLIDAY, null, "Жеңіс күні", "День Победы", "Victory Day"),
                e("2026-05-11", MOVED_DAY_OFF, "2026-05-09", "Ауыстырылған демалыс күні: Жеңіс күні, 09.05.2026 (сенбі)", "Перенесённый выходной день: День Победы, 09.05.2026 (суббота)", "Day off moved from Victory Day, 09.05.2026 (Saturday)"),
                e("2026-05-27", RELIGIOUS_DAY_OFF, null, "Құрбан айт (бірінші күні)", "Курбан айт (первый день)", "Kurban Ait (first day)"),
                e("2026-07-06", HOLIDAY, null, "Астана күні", "День Столицы", "Capital Day"),
                e("2026-08-30", HOLIDAY, null, "Конституция күні", "День Конституции", "Constitution Day"),
                e("2026-08-31", MOVED_DAY_OFF, "2026-08-30", "Ауыстырылған демалыс күні: Конституция күні, 30.08.2026 (жексенбі)", "Перенесённый выходной день: День Конституции, 30.08.2026 (воскресенье)", "Day off moved from Constitution Day, 30.08.2026 (Sunday)"),
                e("2026-10-25", HOLIDAY, null, "Республика күні", "День Республики", "Republic Day"),
                e("2026-10-26", MOVED_DAY_OFF, "2026-10-25", "Ауыстырылған демалыс күні: Республика күні, 25.10.2026 (жексенбі)", "Перенесённый выходной день: День Республики, 25.10.2026 (воскресенье)", "Day off moved from Republic Day, 25.10.2026 (Sunday)"),
                e("2026-12-16", HOLIDAY, null, "Тәуелсіздік күні", "День Независимости", "Independence Day")));
    }
    private static CalendarEntry e(String date, EntryKind kind, String counterpart, String kk, String ru, String en) {
        return new CalendarEntry(LocalDate.parse(date), kind, new LocalizedName(kk, ru, en), SOURCE,
                java.util.Optional.ofNullable(counterpart).map(LocalDate::parse));
    }
}
