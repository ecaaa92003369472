-- Seed of the reference money data with the real historical values of
-- ../shared/domain/REFERENCE-DATA.md (compiled 2026-11-25 from public sources). Every row carries its
-- sources in the `source` column; confidence as in REFERENCE-DATA.md. docs/reference-data.md lists
-- what is seeded and the gaps, which are left EMPTY on purpose (a computation that needs them answers
-- 422 naming the parameter; nothing is guessed):
--   * MCI 2017 (2 269 is widely quoted, but no source read states it);
--   * the poverty-line percentage of 2019-04-01..2019-09-30;
--   * the 43 items of the official food basket (a small PLACEHOLDER basket is seeded instead, marked
--     placeholder = true: it is shown, never used for a subsistence minimum);
--   * the regional median income (AMD-01, from 2025): entered over the API.

-- Who and why, for every seeded row.
-- recorded_by = 'flyway:V3__reference_seed', reason = 'initial load: REFERENCE-DATA.md (2026-11-25)'

-- ---------------------------------------------------------------------------------------------
-- §1 Regions (KATO codes; Russian names exactly as in the KATO export; kk/en medium confidence)
-- ---------------------------------------------------------------------------------------------
INSERT INTO region (code, name_kk, name_ru, name_en, kind, note, source) VALUES
('100000000', 'Абай облысы', 'область Абай', 'Abai Region', 'OBLAST', 'created 2022 (split from East Kazakhstan)', 'KATO'),
('110000000', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region', 'OBLAST', NULL, 'KATO'),
('150000000', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region', 'OBLAST', NULL, 'KATO'),
('190000000', 'Алматы облысы', 'Алматинская область', 'Almaty Region', 'OBLAST', NULL, 'KATO'),
('230000000', 'Атырау облысы', 'Атырауская область', 'Atyrau Region', 'OBLAST', NULL, 'KATO'),
('270000000', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region', 'OBLAST', NULL, 'KATO'),
('310000000', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region', 'OBLAST', NULL, 'KATO'),
('330000000', 'Жетісу облысы', 'область Жетісу', 'Zhetisu Region', 'OBLAST', 'created 2022 (split from Almaty Region)', 'KATO'),
('350000000', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region', 'OBLAST', NULL, 'KATO'),
('390000000', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region', 'OBLAST', NULL, 'KATO'),
('430000000', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region', 'OBLAST', NULL, 'KATO'),
('470000000', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region', 'OBLAST', NULL, 'KATO'),
('550000000', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region', 'OBLAST', NULL, 'KATO'),
('590000000', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region', 'OBLAST', NULL, 'KATO'),
('610000000', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region', 'OBLAST', NULL, 'KATO'),
('620000000', 'Ұлытау облысы', 'область Ұлытау', 'Ulytau Region', 'OBLAST', 'created 2022 (split from Karaganda Region)', 'KATO'),
('630000000', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region', 'OBLAST', NULL, 'KATO'),
('710000000', 'Астана қаласы', 'г.Астана', 'Astana (city)', 'CITY_OF_REPUBLICAN_SIGNIFICANCE', NULL, 'KATO'),
('750000000', 'Алматы қаласы', 'г.Алматы', 'Almaty (city)', 'CITY_OF_REPUBLICAN_SIGNIFICANCE', NULL, 'KATO'),
('790000000', 'Шымкент қаласы', 'г.Шымкент', 'Shymkent (city)', 'CITY_OF_REPUBLICAN_SIGNIFICANCE', NULL, 'KATO');

UPDATE region SET source = 'KATO export of stat.gov.kz dated 17.10.2022, file src/main/resources/KATO_17.10.2022_ru.csv of '
    || 'github.com/nikita-astakhnovich-idf/CsvParser @ a048fd1378365fbb0b838100bdfc67b6aa499ef4 (code, Russian name; high); '
    || 'first two digits agree with the OCHA/HDX p-codes; Kazakh and English names from two public seed files '
    || '(a regions SQL seed, a Prisma migration) that agree with each other (medium); REFERENCE-DATA.md §1';

-- ---------------------------------------------------------------------------------------------
-- §2 MCI per year and purpose (REF-07). Both purposes have the same figure except from 2022-04-01,
-- when social payments used 3 180 while fines and taxes kept 3 063 (medium; sources disagree).
-- 2017: GAP, not seeded.
-- ---------------------------------------------------------------------------------------------
INSERT INTO mci (purpose, amount, valid_from, valid_to, source, recorded_by, reason)
SELECT p.purpose, m.amount, m.valid_from, m.valid_to, m.source, 'flyway:V3__reference_seed',
       'initial load: REFERENCE-DATA.md (2026-11-25)'
FROM (VALUES
    (1982.00, date '2015-01-01', date '2015-12-31', 'budget law 2015 (high): https://archive.wfin.kz/novosti/zakonodatelstvo/4224-mesjachnyj-raschetnyj-pokazatel-sostavljaet-1-tys-982-tenge.html ; https://kazpravda.kz/n/v-kazahstane-izmenilis-mrp-i-velichina-prozhitochnogo-minimuma'),
    (2121.00, date '2016-01-01', date '2016-12-31', 'Law of 30.11.2015 No. 426-V, budget 2016-2018 (high): https://kazpravda.kz/n/v-kazahstane-izmenilis-mrp-i-velichina-prozhitochnogo-minimuma ; https://newtimes.kz/obshchestvo/24510-v-kazakhstane-ustanovlena-novaya-velichina-prozhitochnogo-minimuma-i-mrp/amp'),
    (2405.00, date '2018-01-01', date '2018-12-31', 'budget law 2018-2020 (medium): https://tengrinews.kz/kazakhstan_news/kak-izmenilsya-mrp-v-2018-godu-334578/amp'),
    (2525.00, date '2019-01-01', date '2019-12-31', 'budget law 2019 (medium): https://pravodel.kz/spravka-rk/mrp-2019-rk-mesyachnyj-raschetnyj-pokazatel-v-kazaxstane.html'),
    (2651.00, date '2020-01-01', date '2020-03-31', 'budget law 2020 (high): https://casian.info/kz/economy/prozhitochnyy-minimum-vyros-na-14-v-kazahstane-23087.html ; http://16news.kz./news/economics/Rost-MRP-na-5-privediot-k-sootvetstvuyuschemu-rostu-shtrafov-9802'),
    (2778.00, date '2020-04-01', date '2020-12-31', 'budget amendment from 2020-04-01 (high): https://casian.info/kz/economy/prozhitochnyy-minimum-vyros-na-14-v-kazahstane-23087.html ; http://16news.kz./news/economics/Rost-MRP-na-5-privediot-k-sootvetstvuyuschemu-rostu-shtrafov-9802'),
    (2917.00, date '2021-01-01', date '2021-12-31', 'budget law 2021-2023 (medium): https://www.kt.kz/rus/economy/v_kazahstane_ustanovleny_razmery_mrp_mzp_i_prozhitochnogo_1377909689.html'),
    (3450.00, date '2023-01-01', date '2023-12-31', 'budget law 2023 (high): https://knews.kz/economy/153-mrp-2023 ; https://kzaif.kz/money/kakie_pokazateli_izmenyatsya_v_kazahstane_s_2023_goda'),
    (3692.00, date '2024-01-01', date '2024-12-31', 'budget law 2024 (high): https://zhaikpress.kz/?p=294855 ; https://mgorod.kz/news/pensii-povysilis-v-kazahstane-s-1-yanvarya'),
    (3932.00, date '2025-01-01', date '2025-12-31', 'budget law signed 4.12.2024 (high): https://tengrinews.kz/kazakhstan_news/mrp-v-2025-godu-razmer-izmeneniya-i-klyuchevyie-pokazateli-556331 ; https://calculators.kz/finance/mrp-mzp'),
    (4325.00, date '2026-01-01', date '2026-12-31', 'Law "On the republican budget for 2026-2028", signed 8.12.2025 (high): https://www.zakon.kz/pravo/6500457-kakimi-budut-mrp-minimalnaya-zarplata-i-pensiya-v-2026-godu.html ; https://liter.kz/mrp-mzp-i-pensii-nazvany-novye-razmery-raschetnykh-pokazatelei-na-2026-goda-1767336101/amp')
) AS m(amount, valid_from, valid_to, source)
CROSS JOIN (VALUES ('SOCIAL_PAYMENTS'), ('FINES_TAXES')) AS p(purpose);

INSERT INTO mci (purpose, amount, valid_from, valid_to, source, recorded_by, reason) VALUES
('SOCIAL_PAYMENTS', 3063.00, '2022-01-01', '2022-03-31',
 'budget law 2022 (high): https://pricom.kz/aktualno/kakimi-budut-razmer-mzp-pensij-i-mrp-v-2022-godu.html ; paryz.kz/obshchestvo/12703 (MLSPP: "МРП – 3 063 тенге")',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
('SOCIAL_PAYMENTS', 3180.00, '2022-04-01', '2022-12-31',
 'mid-year rise for benefits and social payments (medium): https://arna-news.kz/arna_kz/v-kazahstane-uvelichatsja-shtrafy-poshliny-i-socvyplaty/ ; https://kzaif.kz/money/kakie_pokazateli_izmenyatsya_v_kazahstane_s_2023_goda',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
('FINES_TAXES', 3063.00, '2022-01-01', '2022-12-31',
 'budget law 2022; kept for fines and taxes after 2022-04-01 per https://kzaif.kz/money/kakie_pokazateli_izmenyatsya_v_kazahstane_s_2023_goda (medium; arna-news.kz computes fines at 3 180: check the amendment law on adilet.zan.kz before using it for fines)',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)');

-- ---------------------------------------------------------------------------------------------
-- §3a Food / non-food split of the SM (REF-02). The seed starts with the data range (2015).
-- ---------------------------------------------------------------------------------------------
INSERT INTO food_split (food_percent, non_food_percent, valid_from, valid_to, source, recorded_by, reason) VALUES
(60.00, 40.00, '2015-01-01', '2017-12-31',
 'RULES.md REF-02; https://ru.sputnik.kz/amp/20180101/razmer-shtrafov-uvelichitsya-s-1-yanvarya-v-kazahstane-4148614.html (vice-minister Zhakupova) ; informburo.kz/novosti/summu-prozhitochnogo-minimuma-sushchestvenno-uvelichat-v-kazahstane.html (high)',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
(55.00, 45.00, '2018-01-01', NULL,
 'RULES.md REF-02; https://ru.sputnik.kz/amp/20180101/razmer-shtrafov-uvelichitsya-s-1-yanvarya-v-kazahstane-4148614.html ; informburo.kz (as above) ; ustinka.kz/kazakhstan/economy/35228.html ("непродовольственные … 45%") (high)',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)');

-- ---------------------------------------------------------------------------------------------
-- §3a National subsistence minimum of the budget law, seeded as the PUBLISHED SM of every region for
-- every quarter of 2015-2026 (20 regions x 48 quarters): a national figure, used until regional
-- figures are entered (PUT /api/v1/reference/subsistence-minimum/{region}/{quarter}).
-- ---------------------------------------------------------------------------------------------
INSERT INTO subsistence_minimum (region_code, amount, valid_from, valid_to, source, recorded_by, reason)
SELECT r.code, law.amount, q.first_day::date,
       (q.first_day + interval '3 months' - interval '1 day')::date,
       'national figure (law), used until regional figures are entered: SM "для исчисления размеров базовых социальных выплат" of the budget law, '
           || law.source,
       'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'
FROM region r
CROSS JOIN (VALUES
    (21364.00, date '2015-01-01', date '2015-12-31', '2015 (high): archive.wfin.kz/novosti/zakonodatelstvo/4224 ; kazpravda.kz/n/v-kazahstane-izmenilis-mrp-i-velichina-prozhitochnogo-minimuma'),
    (22859.00, date '2016-01-01', date '2016-12-31', '2016 (high): kazpravda.kz (as for 2015) ; newtimes.kz/obshchestvo/24510'),
    (24459.00, date '2017-01-01', date '2017-12-31', '2017 (high): https://ru.sputnik.kz/amp/20180101/razmer-shtrafov-uvelichitsya-s-1-yanvarya-v-kazahstane-4148614.html ; informburo.kz/novosti/summu-prozhitochnogo-minimuma-sushchestvenno-uvelichat-v-kazahstane.html'),
    (28284.00, date '2018-01-01', date '2018-12-31', '2018 (high): tengrinews.kz/kazakhstan_news/kak-izmenilsya-mrp-v-2018-godu-334578/amp ; ru.sputnik.kz (as for 2017)'),
    (29698.00, date '2019-01-01', date '2019-12-31', '2019 (high): pravodel.kz/spravka-rk/mrp-2019 ; old.kzvesti.kz/news/42040'),
    (31183.00, date '2020-01-01', date '2020-03-31', '2020-Q1 (high): http://16news.kz./news/economics/Rost-MRP-na-5-privediot-k-sootvetstvuyuschemu-rostu-shtrafov-9802 ; kazakhstan-news.info/81543'),
    (32668.00, date '2020-04-01', date '2020-12-31', 'from 2020-04-01 (medium): 16news.kz (as above): "прожиточный минимум — 32668 тг (ранее — 31183 тг)"'),
    (34302.00, date '2021-01-01', date '2021-12-31', '2021 (medium): https://www.kt.kz/rus/economy/v_kazahstane_ustanovleny_razmery_mrp_mzp_i_prozhitochnogo_1377909689.html'),
    (36018.00, date '2022-01-01', date '2022-12-31', '2022 (high for January; not checked whether it changed with the April 2022 MCI rise): pricom.kz/aktualno/kakimi-budut-razmer-mzp-pensij-i-mrp-v-2022-godu.html ; paryz.kz/obshchestvo/12703'),
    (40567.00, date '2023-01-01', date '2023-12-31', '2023 (high): knews.kz/economy/153-mrp-2023 ; tema-kz.net/98301 ; stan.kz/elimizde-kedeylik-shegi-ozgeredi-382737'),
    (43407.00, date '2024-01-01', date '2024-12-31', '2024 (medium): https://mgorod.kz/news/pensii-povysilis-v-kazahstane-s-1-yanvarya'),
    (46228.00, date '2025-01-01', date '2025-12-31', '2025 (high): zakon.kz/pravo/6500457 ; lada.kz/kazakhstan-news/146357 ; np.kz (neravenstvo-i-soczialnye-vyzovy-v-kazahstane)'),
    (50851.00, date '2026-01-01', date '2026-12-31', '2026 (high): zakon.kz/pravo/6500457 ; alau.kz ; liter.kz/…-1767336101/amp')
) AS law(amount, valid_from, valid_to, source)
CROSS JOIN LATERAL generate_series(law.valid_from::timestamp, law.valid_to::timestamp, interval '3 months') AS q(first_day);

-- ---------------------------------------------------------------------------------------------
-- §3b Poverty-line method per period (REF-04, AMD-01), applied to the SM (and median income) of the
-- quarter BEFORE the quarter of application ("рассчитанный за квартал, предшествовавший кварталу
-- обращения"). GAP: 2019-04-01..2019-09-30 has NO row (the percentage of the 2019-04-01 rise was not
-- found), so a poverty line there is refused with 422 naming POVERTY_LINE_METHOD.
-- ---------------------------------------------------------------------------------------------
INSERT INTO poverty_line_method (kind, sm_percent, median_income_percent, valid_from, valid_to, source, recorded_by, reason) VALUES
('SHARE_OF_SM', 40.00, NULL, '2014-01-01', '2017-12-31',
 'quarterly MTSZN orders, 40 % of SM (high for 2014): https://zakon.kz/amp/finansy/4640515-v-kazakhstane-opredelena-cherta.html (Q3 2014) ; yka.kz/blog (Q1 2014); seeded from 2014-01-01',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
('SHARE_OF_SM', 50.00, NULL, '2018-01-01', '2019-03-31',
 'MTSZN order "Об определении размера черты бедности" of 2017 (number not found); President''s Address of 31.01.2017 (medium): https://factcheck.kz/kaz/zhalgan/zhalgan-kunkoris-minimumy-shygyndarga-sajkes-keledi ; old.kzvesti.kz/news/42040',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
('SHARE_OF_SM', 70.00, NULL, '2019-10-01', '2023-06-30',
 'amendment to the 2017 MTSZN order (medium): http://old.kzvesti.kz/news/42040-novaya-cherta-bednosti-opredelena-v-kazahstane.html',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
('SHARE_OF_SM', 70.00, NULL, '2023-07-01', '2024-12-31',
 'MTSZN order of 19.05.2023 No. 160 "Об определении размера черты бедности", in force 01.07.2023 (high): https://www.tema-kz.net/novosti-kazakhstana/item/98301-v-kazahstane-izmenitsya-razmer-cherty-bednosti ; stan.kz/elimizde-kedeylik-shegi-ozgeredi-382737 ; exclusive.kz/v-kazahstane-izmenyat-chertu-bednosti',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'),
('GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE', 70.00, 35.00, '2025-01-01', NULL,
 'MTSZN order of 20.12.2024 No. 473 amending order No. 160: 35 % of the median income, but not less than 70 % of the regional SM (high): https://cdb.kz/sistema/novosti/v_kazakhstane_izmeneny_pravila_opredeleniya_cherty_bednosti/ ; https://www.200.news/2025/04/11/ ; aikyn.kz/public/278461; RULES.md AMD-01',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)');

-- ---------------------------------------------------------------------------------------------
-- §5 Retirement age by sex (ELIG-06; Social Code art. 207). Women: +0.5 a year from 2018, frozen at
-- 61 for 2023-2027, rising again from 2028 to 63 in 2031 (2028-2031: medium). The 2031 rows stay open.
-- ---------------------------------------------------------------------------------------------
INSERT INTO retirement_age (sex, age_years, valid_from, valid_to, source, recorded_by, reason)
SELECT s.sex, CASE s.sex WHEN 'MALE' THEN 63.0 ELSE a.women END,
       make_date(a.year, 1, 1), CASE WHEN a.year = 2031 THEN NULL ELSE make_date(a.year, 12, 31) END,
       a.source, 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)'
FROM (VALUES
    (2015, 58.0, 'schedule of the 2013 pension reform (high): yk-news.kz/news/опубликован-график-выхода-казахстанских-женщин-на-пенсию'),
    (2016, 58.0, 'schedule of the 2013 pension reform (high): yk-news.kz (as above)'),
    (2017, 58.0, 'schedule of the 2013 pension reform (high): yk-news.kz (as above)'),
    (2018, 58.5, 'yk-news.kz (schedule) ; informburo.kz/amp/novosti/v-kazahstane-uvelichilsya-pensionnyj-vozrast-dlya-zhenshin (high)'),
    (2019, 59.0, 'yk-news.kz (schedule) ; informburo.kz (as above) (high)'),
    (2020, 59.5, 'yk-news.kz (schedule) ; informburo.kz (as above) (high)'),
    (2021, 60.0, 'informburo.kz/amp/novosti/v-kazahstane-uvelichilsya-pensionnyj-vozrast-dlya-zhenshin (high)'),
    (2022, 60.5, 'informburo.kz (as above) ; kz.tsargrad.tv (high)'),
    (2023, 61.0, 'informburo.kz (as above) ; vlast.kz/amp/novosti/51449 (high)'),
    (2024, 61.0, 'frozen at 61, Address of 1.9.2022 and Social Code (high): https://www.lada.kz/kazakhstan-news/144307-k-2031-godu-v-kazakhstane-pensionnyi-vozrast-zhenshchin-sravniaetsia-s-muzhskim.html ; vlast.kz/amp/novosti/51449 ; regnum.ru/news/3685918'),
    (2025, 61.0, 'frozen at 61 (high): lada.kz (as above) ; vlast.kz/amp/novosti/51449'),
    (2026, 61.0, 'frozen at 61 (high): lada.kz (as above): "В 2026 году мужчины … 63 года, женщины — в 61"'),
    (2027, 61.0, 'frozen at 61 (high): lada.kz (as above) ; dalamedia.info/obschestvo/811 (MLSPP reply)'),
    (2028, 61.5, 'schedule resumes (medium): lada.kz (as above)'),
    (2029, 62.0, 'schedule (medium): lada.kz (as above)'),
    (2030, 62.5, 'schedule (medium): lada.kz (as above)'),
    (2031, 63.0, 'schedule reaches 63 (medium): lada.kz (as above) ; dalamedia.info')
) AS a(year, women, source)
CROSS JOIN (VALUES ('MALE'), ('FEMALE')) AS s(sex);

-- ---------------------------------------------------------------------------------------------
-- CON-04 Social contract term: 6 months, from the new TSA format (2018-01-01).
-- ---------------------------------------------------------------------------------------------
INSERT INTO contract_term (months, valid_from, valid_to, source, recorded_by, reason) VALUES
(6, '2018-01-01', NULL,
 'RULES.md CON-04 and ELIG-13 (TSA Law art. 4 p. 10), from the training manual on the new TSA format in force from 2018-01-01 (../seeds/000_6f210233dbebf250.txt)',
 'flyway:V3__reference_seed', 'initial load: REFERENCE-DATA.md (2026-11-25)');

-- ---------------------------------------------------------------------------------------------
-- §6 Food basket (REF-03): PLACEHOLDER. The official 43 items with their norms were not found
-- (REFERENCE-DATA.md §6); these 13 items only show the computation. Norms = the daily amounts of the
-- 2005 basket as summarised by the press (grams a day x 365); energy = typical food-composition values.
-- They fall far short of 2175 kcal/day, and a placeholder basket is never used for an SM.
-- Replace them by the official list (docs/reference-data.md says where it is published).
-- ---------------------------------------------------------------------------------------------
INSERT INTO basket_item (code, name_kk, name_ru, name_en, unit, yearly_norm, kcal_per_unit, placeholder,
                         valid_from, valid_to, source, recorded_by, reason)
SELECT i.code, i.name_kk, i.name_ru, i.name_en, i.unit, i.norm, i.kcal, true, date '2025-01-01', NULL,
       'placeholder — official list: MLSPP order on the SM method, see docs/reference-data.md. Norm: ' || i.norm_source
           || ' per http://tengrinews.kz/kazakhstan_news/kazahstantsam-gotovyat-novuyu-prodovolstvennuyu-korzinu-285134 '
           || '(2005 basket, journalistic summary, medium); energy: typical food-composition value, not from the official order',
       'flyway:V3__reference_seed', 'placeholder basket so the computation can be shown; not the official list'
FROM (VALUES
    ('BREAD',        'Нан',                    'Хлеб',                    'Bread',                 'KG',     105.850, 2420.00, '290 g a day'),
    ('POTATOES',     'Картоп',                 'Картофель',               'Potatoes',              'KG',      94.900,  770.00, '260 g a day'),
    ('VEGETABLE_OIL','Өсімдік майы',           'Масло растительное',      'Vegetable oil',         'KG',       4.380, 8990.00, '12 g a day'),
    ('PASTA',        'Макарон өнімдері',       'Макаронные изделия',      'Pasta',                 'KG',       4.380, 3370.00, '12 g a day'),
    ('ONIONS',       'Пияз',                   'Лук репчатый',            'Onions',                'KG',      18.250,  410.00, '50 g a day'),
    ('CARROTS',      'Сәбіз',                  'Морковь',                 'Carrots',               'KG',      18.250,  350.00, '50 g a day'),
    ('DRIED_FRUIT',  'Кептірілген жемістер',   'Сухофрукты',              'Dried fruit',           'KG',       0.365, 2400.00, '1 g a day'),
    ('TEA',          'Шай',                    'Чай',                     'Tea',                   'KG',       0.365,    0.00, '1 g a day'),
    ('MAYONNAISE',   'Майонез',                'Майонез',                 'Mayonnaise',            'KG',       0.365, 6290.00, '1 g a day'),
    ('BUCKWHEAT',    'Қарақұмық жармасы',      'Крупа гречневая',         'Buckwheat',             'KG',       1.825, 3130.00, '5 g a day'),
    ('MILK',         'Сүт',                    'Молоко',                  'Milk',                  'LITRE',   73.000,  520.00, 'a glass (0.2 l) a day'),
    ('MEAT',         'Сиыр еті',               'Говядина',                'Beef',                  'KG',      39.785, 1870.00, '109 g a day'),
    ('EGGS',         'Жұмыртқа',               'Яйца',                    'Eggs',                  'PIECE',  109.500,   80.00, 'under a third of an egg a day (0.3)')
) AS i(code, name_kk, name_ru, name_en, unit, norm, kcal, norm_source);

-- Placeholder prices (₸ per unit) for Almaty city, 2025-Q4: plausible figures, NOT statistics.
INSERT INTO basket_price (region_code, item_code, price, valid_from, valid_to, source, recorded_by, reason)
SELECT '750000000', p.code, p.price, date '2025-10-01', date '2025-12-31',
       'placeholder — plausible price, not a statistic; official prices: BNS (stat.gov.kz) average consumer prices, see docs/reference-data.md',
       'flyway:V3__reference_seed', 'placeholder prices so the basket computation can be shown'
FROM (VALUES
    ('BREAD', 450.00), ('POTATOES', 260.00), ('VEGETABLE_OIL', 1100.00), ('PASTA', 600.00), ('ONIONS', 220.00),
    ('CARROTS', 250.00), ('DRIED_FRUIT', 3000.00), ('TEA', 5000.00), ('MAYONNAISE', 1800.00), ('BUCKWHEAT', 650.00),
    ('MILK', 600.00), ('MEAT', 4500.00), ('EGGS', 60.00)
) AS p(code, price);

-- Not seeded on purpose: poverty_line (published regional figures) and median_income (AMD-01).
