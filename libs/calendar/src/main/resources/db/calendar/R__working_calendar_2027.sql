-- Working-day calendar data 2027 (EMP-10), D-80: the statutory part of the year, known through 2027-05-14.
-- Repeatable migration: it deletes and inserts only its own year; Flyway re-runs it whenever this file changes, so
-- the Government's decree on 2027's transfers of days off and the announced Kurban Ait date are added by editing
-- this file (and then `complete = true, known_through = NULL`).
--
-- What is known (not guessed): the holidays of Law No. 267-II as amended 29.09.2022 (the same list as 2024-2026)
-- and the weekend moves art. 5 makes of them — 2 Jan (Sat) -> Mon 4 Jan, 21 Mar (Sun) -> Wed 24 Mar (22-23 Mar are
-- holidays themselves), 1 May (Sat) -> Mon 3 May, 9 May (Sun) -> Mon 10 May; 7 Jan (Thu) Orthodox Christmas, a
-- religious day off that never moves. Checked by kz.gov.tsa.kernel.calendar.WeekendRule in tsa-calendar's tests.
-- What is not known as of 2026-12-03: (1) the first day of Kurban Ait 2027 — ДУМК publishes it in the autumn before;
-- the Islamic year is 354 days, so it falls about 16 May 2027 (27.05.2026 + 354 days), ±1 day with the moon, i.e.
-- not before Saturday 15 May; (2) any Government transfer of days off for 2027 (Labour Code art. 85 p. 3), none
-- found. Hence the year is incomplete and known through Friday 14 May 2027: working-day questions up to that date
-- are answered, later ones are refused (CalendarNotAvailableException, INCOMPLETE) until the data is added.

DELETE FROM working_calendar_entry WHERE year = 2027;
DELETE FROM working_calendar_year WHERE year = 2027;

INSERT INTO working_calendar_year (year, complete, known_through, source_text, source_urls, note) VALUES
    (2027, false, DATE '2027-05-14', 'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022), ст. 5; ТК РК ст. 85 п. 3 (переносы выходных дней); REFERENCE-DATA.md §4',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://yk-news.kz/node/10882', 'https://rus.baq.kz/dumk-utverdil-kalendar-religioznyh-dat_300026462/']::text[],
     'known through 2027-05-14: the statutory holidays and their weekend moves (Law No. 267-II art. 5); the Kurban Ait date (about 16 May, 354 days after 27.05.2026) and the Government''s transfers of days off for 2027 are not known as of 2026-12-03');
INSERT INTO working_calendar_entry (day, year, kind, counterpart, name_kk, name_ru, name_en, source_text, source_urls) VALUES
    ('2027-01-01', 2027, 'HOLIDAY', NULL, 'Жаңа жыл', 'Новый год', 'New Year',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-01-02', 2027, 'HOLIDAY', NULL, 'Жаңа жыл', 'Новый год', 'New Year',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-01-04', 2027, 'MOVED_DAY_OFF', DATE '2027-01-02', 'Ауыстырылған демалыс күні: Жаңа жыл, 02.01.2027 (сенбі)', 'Перенесённый выходной день: Новый год, 02.01.2027 (суббота)', 'Day off moved from New Year, 02.01.2027 (Saturday)',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» ст. 5: при совпадении выходного и праздничного дней выходным днём является следующий после праздничного рабочий день',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://yk-news.kz/node/10882']::text[]),
    ('2027-01-07', 2027, 'RELIGIOUS_DAY_OFF', NULL, 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»: 7 января — выходной день, не праздничный; при совпадении с выходным днём не переносится',
     ARRAY['https://yk-news.kz/node/10882', 'https://mgorod.kz/nitem/na-rozhdestvo-kazaxstancy-otdoxnut-tolko-odin-den/']::text[]),
    ('2027-03-08', 2027, 'HOLIDAY', NULL, 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-03-21', 2027, 'HOLIDAY', NULL, 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-03-22', 2027, 'HOLIDAY', NULL, 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-03-23', 2027, 'HOLIDAY', NULL, 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-03-24', 2027, 'MOVED_DAY_OFF', DATE '2027-03-21', 'Ауыстырылған демалыс күні: Наурыз мейрамы, 21.03.2027 (жексенбі)', 'Перенесённый выходной день: Наурыз мейрамы, 21.03.2027 (воскресенье)', 'Day off moved from Nauryz, 21.03.2027 (Sunday)',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» ст. 5: при совпадении выходного и праздничного дней выходным днём является следующий после праздничного рабочий день',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://yk-news.kz/node/10882']::text[]),
    ('2027-05-01', 2027, 'HOLIDAY', NULL, 'Қазақстан халқының бірлігі күні', 'Праздник единства народа Казахстана', 'Day of Unity of the People of Kazakhstan',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-05-03', 2027, 'MOVED_DAY_OFF', DATE '2027-05-01', 'Ауыстырылған демалыс күні: Қазақстан халқының бірлігі күні, 01.05.2027 (сенбі)', 'Перенесённый выходной день: Праздник единства народа Казахстана, 01.05.2027 (суббота)', 'Day off moved from Day of Unity of the People of Kazakhstan, 01.05.2027 (Saturday)',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» ст. 5: при совпадении выходного и праздничного дней выходным днём является следующий после праздничного рабочий день',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://yk-news.kz/node/10882']::text[]),
    ('2027-05-07', 2027, 'HOLIDAY', NULL, 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-05-09', 2027, 'HOLIDAY', NULL, 'Жеңіс күні', 'День Победы', 'Victory Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-05-10', 2027, 'MOVED_DAY_OFF', DATE '2027-05-09', 'Ауыстырылған демалыс күні: Жеңіс күні, 09.05.2027 (жексенбі)', 'Перенесённый выходной день: День Победы, 09.05.2027 (воскресенье)', 'Day off moved from Victory Day, 09.05.2027 (Sunday)',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» ст. 5: при совпадении выходного и праздничного дней выходным днём является следующий после праздничного рабочий день',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://yk-news.kz/node/10882']::text[]),
    ('2027-07-06', 2027, 'HOLIDAY', NULL, 'Астана күні', 'День Столицы', 'Capital Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-08-30', 2027, 'HOLIDAY', NULL, 'Конституция күні', 'День Конституции', 'Constitution Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-10-25', 2027, 'HOLIDAY', NULL, 'Республика күні', 'День Республики', 'Republic Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]),
    ('2027-12-16', 2027, 'HOLIDAY', NULL, 'Тәуелсіздік күні', 'День Независимости', 'Independence Day',
     'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан» (в ред. Закона от 29.09.2022)',
     ARRAY['https://kodeksy-kz.com/download.php?id=2426&lang=ru', 'https://inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6']::text[]);
