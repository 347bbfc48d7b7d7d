-- Reference organisations: the 27 municipalities of Smolensk oblast, the regional executive bodies,
-- some of their subordinate institutions, the coordinating body and a few other organisations that
-- the plans and reports name. Explicit ids below 1000 (organization_seq starts at 1000):
--   1-99 municipalities, 100-199 executive bodies, 200-299 institutions, 300 the coordinating body,
--   400-499 other organisations.
-- Municipal okrugs carry two dated official names: «X район» until 2024-12-31 and «X муниципальный
-- округ» from 2025-01-01 (the 2024-2025 reform). Aliases are the forms used in documents; they are
-- matched case-insensitively by code, so case variants are not repeated here.

-- Municipalities: город Смоленск first, the municipal okrugs alphabetically, город Десногорск last
INSERT INTO organization (id, code, kind, parent_id, okato, sort_order, active) VALUES
    (1, 'smolensk', 'CITY_OKRUG', NULL, NULL, 1, TRUE),
    (2, 'velizhsky', 'MUNICIPAL_OKRUG', NULL, NULL, 10, TRUE),
    (3, 'vyazemsky', 'MUNICIPAL_OKRUG', NULL, NULL, 20, TRUE),
    (4, 'gagarinsky', 'MUNICIPAL_OKRUG', NULL, NULL, 30, TRUE),
    (5, 'glinkovsky', 'MUNICIPAL_OKRUG', NULL, NULL, 40, TRUE),
    (6, 'demidovsky', 'MUNICIPAL_OKRUG', NULL, NULL, 50, TRUE),
    (7, 'dorogobuzhsky', 'MUNICIPAL_OKRUG', NULL, NULL, 60, TRUE),
    (8, 'dukhovshchinsky', 'MUNICIPAL_OKRUG', NULL, NULL, 70, TRUE),
    (9, 'yelninsky', 'MUNICIPAL_OKRUG', NULL, NULL, 80, TRUE),
    (10, 'yershichsky', 'MUNICIPAL_OKRUG', NULL, NULL, 90, TRUE),
    (11, 'kardymovsky', 'MUNICIPAL_OKRUG', NULL, NULL, 100, TRUE),
    (12, 'krasninsky', 'MUNICIPAL_OKRUG', NULL, NULL, 110, TRUE),
    (13, 'monastyrshchinsky', 'MUNICIPAL_OKRUG', NULL, NULL, 120, TRUE),
    (14, 'novoduginsky', 'MUNICIPAL_OKRUG', NULL, NULL, 130, TRUE),
    (15, 'pochinkovsky', 'MUNICIPAL_OKRUG', NULL, NULL, 140, TRUE),
    (16, 'roslavlsky', 'MUNICIPAL_OKRUG', NULL, NULL, 150, TRUE),
    (17, 'rudnyansky', 'MUNICIPAL_OKRUG', NULL, NULL, 160, TRUE),
    (18, 'safonovsky', 'MUNICIPAL_OKRUG', NULL, NULL, 170, TRUE),
    (19, 'smolensky', 'MUNICIPAL_OKRUG', NULL, NULL, 180, TRUE),
    (20, 'sychevsky', 'MUNICIPAL_OKRUG', NULL, NULL, 190, TRUE),
    (21, 'temkinsky', 'MUNICIPAL_OKRUG', NULL, NULL, 200, TRUE),
    (22, 'ugransky', 'MUNICIPAL_OKRUG', NULL, NULL, 210, TRUE),
    (23, 'khislavichsky', 'MUNICIPAL_OKRUG', NULL, NULL, 220, TRUE),
    (24, 'kholm_zhirkovsky', 'MUNICIPAL_OKRUG', NULL, NULL, 230, TRUE),
    (25, 'shumyachsky', 'MUNICIPAL_OKRUG', NULL, NULL, 240, TRUE),
    (26, 'yartsevsky', 'MUNICIPAL_OKRUG', NULL, NULL, 250, TRUE),
    (27, 'desnogorsk', 'CITY_OKRUG', NULL, NULL, 260, TRUE);

-- Regional executive bodies in the official order of their spheres
INSERT INTO organization (id, code, kind, parent_id, okato, sort_order, active) VALUES
    (100, 'min_economy', 'EXECUTIVE_BODY', NULL, NULL, 10, TRUE),
    (101, 'min_industry_trade', 'EXECUTIVE_BODY', NULL, NULL, 20, TRUE),
    (102, 'min_agriculture', 'EXECUTIVE_BODY', NULL, NULL, 30, TRUE),
    (103, 'min_construction', 'EXECUTIVE_BODY', NULL, NULL, 40, TRUE),
    (104, 'min_housing_energy', 'EXECUTIVE_BODY', NULL, NULL, 50, TRUE),
    (105, 'min_transport', 'EXECUTIVE_BODY', NULL, NULL, 60, TRUE),
    (106, 'min_nature', 'EXECUTIVE_BODY', NULL, NULL, 70, TRUE),
    (107, 'min_labour', 'EXECUTIVE_BODY', NULL, NULL, 80, TRUE),
    (108, 'min_digital', 'EXECUTIVE_BODY', NULL, NULL, 90, TRUE),
    (109, 'min_culture', 'EXECUTIVE_BODY', NULL, NULL, 100, TRUE),
    (110, 'min_education', 'EXECUTIVE_BODY', NULL, NULL, 110, TRUE),
    (111, 'min_social', 'EXECUTIVE_BODY', NULL, NULL, 120, TRUE),
    (112, 'youth_directorate', 'EXECUTIVE_BODY', NULL, NULL, 130, TRUE),
    (113, 'internal_policy_dept', 'EXECUTIVE_BODY', NULL, NULL, 140, TRUE),
    (114, 'min_sport', 'EXECUTIVE_BODY', NULL, NULL, 150, TRUE),
    (115, 'gov_representation', 'EXECUTIVE_BODY', NULL, NULL, 160, TRUE);

-- Subordinate institutions (parent = their executive body)
INSERT INTO organization (id, code, kind, parent_id, okato, sort_order, active) VALUES
    (200, 'youth_center_pushkinsky', 'SUBORDINATE_INSTITUTION', 112, NULL, 10, TRUE),
    (201, 'folk_art_center', 'SUBORDINATE_INSTITUTION', 109, NULL, 20, TRUE),
    (202, 'library_tvardovsky', 'SUBORDINATE_INSTITUTION', 109, NULL, 30, TRUE),
    (203, 'library_sokolov_mikitov', 'SUBORDINATE_INSTITUTION', 109, NULL, 40, TRUE),
    (204, 'philharmonic', 'SUBORDINATE_INSTITUTION', 109, NULL, 50, TRUE),
    (205, 'pedagogical_college', 'SUBORDINATE_INSTITUTION', 110, NULL, 60, TRUE),
    (206, 'young_naturalists_station', 'SUBORDINATE_INSTITUTION', 110, NULL, 70, TRUE),
    (207, 'children_creativity_center', 'SUBORDINATE_INSTITUTION', 110, NULL, 80, TRUE),
    (208, 'soiro', 'SUBORDINATE_INSTITUTION', 110, NULL, 90, TRUE),
    (209, 'gerontology_center_vishenki', 'SUBORDINATE_INSTITUTION', 111, NULL, 100, TRUE),
    (210, 'kcson_smolensk', 'SUBORDINATE_INSTITUTION', 111, NULL, 110, TRUE),
    (211, 'kcson_yartsevo', 'SUBORDINATE_INSTITUTION', 111, NULL, 120, TRUE),
    (212, 'kcson_roslavl', 'SUBORDINATE_INSTITUTION', 111, NULL, 130, TRUE),
    (213, 'sports_palace_yubileyny', 'SUBORDINATE_INSTITUTION', 114, NULL, 140, TRUE);

-- The coordinating body that consolidates the regional and municipal documents
INSERT INTO organization (id, code, kind, parent_id, okato, sort_order, active) VALUES
    (300, 'coordinator', 'COORDINATING_BODY', NULL, NULL, 1, TRUE);

-- Other organisations named in the documents
INSERT INTO organization (id, code, kind, parent_id, okato, sort_order, active) VALUES
    (400, 'invest_corporation', 'OTHER', NULL, NULL, 10, TRUE),
    (401, 'export_support_center', 'OTHER', NULL, NULL, 20, TRUE),
    (402, 'tourism_development_center', 'OTHER', NULL, NULL, 30, TRUE);

-- Names: one INSERT per organisation
-- smolensk: город Смоленск
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (1, 1, 'город Смоленск', 'OFFICIAL', NULL, NULL),
    (2, 1, 'Город Смоленск', 'ALIAS', NULL, NULL),
    (3, 1, 'г. Смоленск', 'ALIAS', NULL, NULL),
    (4, 1, 'Администрация города Смоленска', 'ALIAS', NULL, NULL),
    (5, 1, 'Муниципальное образование «город Смоленск» Смоленской области', 'ALIAS', NULL, NULL);

-- velizhsky: Велижский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (6, 2, 'Велижский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (7, 2, 'Велижский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (8, 2, 'Муниципальное образование «Велижский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (9, 2, 'Муниципальное образование «Велижский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (10, 2, 'МО «Велижский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (11, 2, 'МО «Велижский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- vyazemsky: Вяземский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (12, 3, 'Вяземский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (13, 3, 'Вяземский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (14, 3, 'Муниципальное образование «Вяземский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (15, 3, 'Муниципальное образование «Вяземский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (16, 3, 'МО «Вяземский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (17, 3, 'МО «Вяземский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- gagarinsky: Гагаринский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (18, 4, 'Гагаринский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (19, 4, 'Гагаринский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (20, 4, 'Муниципальное образование «Гагаринский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (21, 4, 'Муниципальное образование «Гагаринский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (22, 4, 'МО «Гагаринский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (23, 4, 'МО «Гагаринский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- glinkovsky: Глинковский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (24, 5, 'Глинковский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (25, 5, 'Глинковский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (26, 5, 'Муниципальное образование «Глинковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (27, 5, 'Муниципальное образование «Глинковский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (28, 5, 'МО «Глинковский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (29, 5, 'МО «Глинковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- demidovsky: Демидовский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (30, 6, 'Демидовский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (31, 6, 'Демидовский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (32, 6, 'Муниципальное образование «Демидовский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (33, 6, 'Муниципальное образование «Демидовский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (34, 6, 'МО «Демидовский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (35, 6, 'МО «Демидовский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- dorogobuzhsky: Дорогобужский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (36, 7, 'Дорогобужский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (37, 7, 'Дорогобужский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (38, 7, 'Муниципальное образование «Дорогобужский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (39, 7, 'Муниципальное образование «Дорогобужский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (40, 7, 'МО «Дорогобужский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (41, 7, 'МО «Дорогобужский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- dukhovshchinsky: Духовщинский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (42, 8, 'Духовщинский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (43, 8, 'Духовщинский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (44, 8, 'Муниципальное образование «Духовщинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (45, 8, 'Муниципальное образование «Духовщинский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (46, 8, 'МО «Духовщинский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (47, 8, 'МО «Духовщинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- yelninsky: Ельнинский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (48, 9, 'Ельнинский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (49, 9, 'Ельнинский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (50, 9, 'Муниципальное образование «Ельнинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (51, 9, 'Муниципальное образование «Ельнинский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (52, 9, 'МО «Ельнинский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (53, 9, 'МО «Ельнинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- yershichsky: Ершичский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (54, 10, 'Ершичский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (55, 10, 'Ершичский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (56, 10, 'Муниципальное образование «Ершичский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (57, 10, 'Муниципальное образование «Ершичский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (58, 10, 'МО «Ершичский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (59, 10, 'МО «Ершичский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- kardymovsky: Кардымовский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (60, 11, 'Кардымовский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (61, 11, 'Кардымовский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (62, 11, 'Муниципальное образование «Кардымовский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (63, 11, 'Муниципальное образование «Кардымовский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (64, 11, 'МО «Кардымовский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (65, 11, 'МО «Кардымовский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- krasninsky: Краснинский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (66, 12, 'Краснинский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (67, 12, 'Краснинский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (68, 12, 'Муниципальное образование «Краснинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (69, 12, 'Муниципальное образование «Краснинский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (70, 12, 'МО «Краснинский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (71, 12, 'МО «Краснинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- monastyrshchinsky: Монастырщинский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (72, 13, 'Монастырщинский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (73, 13, 'Монастырщинский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (74, 13, 'Муниципальное образование «Монастырщинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (75, 13, 'Муниципальное образование «Монастырщинский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (76, 13, 'МО «Монастырщинский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (77, 13, 'МО «Монастырщинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- novoduginsky: Новодугинский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (78, 14, 'Новодугинский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (79, 14, 'Новодугинский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (80, 14, 'Муниципальное образование «Новодугинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (81, 14, 'Муниципальное образование «Новодугинский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (82, 14, 'МО «Новодугинский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (83, 14, 'МО «Новодугинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- pochinkovsky: Починковский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (84, 15, 'Починковский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (85, 15, 'Починковский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (86, 15, 'Муниципальное образование «Починковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (87, 15, 'Муниципальное образование «Починковский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (88, 15, 'МО «Починковский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (89, 15, 'МО «Починковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- roslavlsky: Рославльский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (90, 16, 'Рославльский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (91, 16, 'Рославльский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (92, 16, 'Муниципальное образование «Рославльский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (93, 16, 'Муниципальное образование «Рославльский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (94, 16, 'МО «Рославльский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (95, 16, 'МО «Рославльский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- rudnyansky: Руднянский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (96, 17, 'Руднянский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (97, 17, 'Руднянский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (98, 17, 'Муниципальное образование «Руднянский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (99, 17, 'Муниципальное образование «Руднянский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (100, 17, 'МО «Руднянский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (101, 17, 'МО «Руднянский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- safonovsky: Сафоновский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (102, 18, 'Сафоновский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (103, 18, 'Сафоновский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (104, 18, 'Муниципальное образование «Сафоновский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (105, 18, 'Муниципальное образование «Сафоновский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (106, 18, 'МО «Сафоновский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (107, 18, 'МО «Сафоновский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- smolensky: Смоленский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (108, 19, 'Смоленский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (109, 19, 'Смоленский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (110, 19, 'Муниципальное образование «Смоленский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (111, 19, 'Муниципальное образование «Смоленский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (112, 19, 'МО «Смоленский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (113, 19, 'МО «Смоленский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- sychevsky: Сычевский муниципальный округ (aliases: spelling with ё)
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (114, 20, 'Сычевский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (115, 20, 'Сычевский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (116, 20, 'Муниципальное образование «Сычевский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (117, 20, 'Муниципальное образование «Сычевский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (118, 20, 'МО «Сычевский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (119, 20, 'МО «Сычевский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (120, 20, 'Сычёвский муниципальный округ', 'ALIAS', DATE '2025-01-01', NULL),
    (121, 20, 'Сычёвский район', 'ALIAS', NULL, DATE '2024-12-31'),
    (122, 20, 'Муниципальное образование «Сычёвский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- temkinsky: Темкинский муниципальный округ (aliases: spelling with ё)
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (123, 21, 'Темкинский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (124, 21, 'Темкинский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (125, 21, 'Муниципальное образование «Темкинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (126, 21, 'Муниципальное образование «Темкинский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (127, 21, 'МО «Темкинский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (128, 21, 'МО «Темкинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (129, 21, 'Тёмкинский муниципальный округ', 'ALIAS', DATE '2025-01-01', NULL),
    (130, 21, 'Тёмкинский район', 'ALIAS', NULL, DATE '2024-12-31'),
    (131, 21, 'Муниципальное образование «Тёмкинский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- ugransky: Угранский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (132, 22, 'Угранский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (133, 22, 'Угранский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (134, 22, 'Муниципальное образование «Угранский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (135, 22, 'Муниципальное образование «Угранский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (136, 22, 'МО «Угранский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (137, 22, 'МО «Угранский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- khislavichsky: Хиславичский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (138, 23, 'Хиславичский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (139, 23, 'Хиславичский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (140, 23, 'Муниципальное образование «Хиславичский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (141, 23, 'Муниципальное образование «Хиславичский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (142, 23, 'МО «Хиславичский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (143, 23, 'МО «Хиславичский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- kholm_zhirkovsky: Холм-Жирковский муниципальный округ (aliases: the hyphen as U+2011 non-breaking hyphen, then as U+2010)
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (144, 24, 'Холм-Жирковский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (145, 24, 'Холм-Жирковский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (146, 24, 'Муниципальное образование «Холм-Жирковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (147, 24, 'Муниципальное образование «Холм-Жирковский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (148, 24, 'МО «Холм-Жирковский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (149, 24, 'МО «Холм-Жирковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (150, 24, 'Холм‑Жирковский муниципальный округ', 'ALIAS', DATE '2025-01-01', NULL),
    (151, 24, 'Холм‑Жирковский район', 'ALIAS', NULL, DATE '2024-12-31'),
    (152, 24, 'Муниципальное образование «Холм‑Жирковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (153, 24, 'Холм‐Жирковский муниципальный округ', 'ALIAS', DATE '2025-01-01', NULL),
    (154, 24, 'Холм‐Жирковский район', 'ALIAS', NULL, DATE '2024-12-31'),
    (155, 24, 'Муниципальное образование «Холм‐Жирковский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- shumyachsky: Шумячский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (156, 25, 'Шумячский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (157, 25, 'Шумячский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (158, 25, 'Муниципальное образование «Шумячский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (159, 25, 'Муниципальное образование «Шумячский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (160, 25, 'МО «Шумячский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (161, 25, 'МО «Шумячский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- yartsevsky: Ярцевский муниципальный округ
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (162, 26, 'Ярцевский муниципальный округ', 'OFFICIAL', DATE '2025-01-01', NULL),
    (163, 26, 'Ярцевский район', 'OFFICIAL', NULL, DATE '2024-12-31'),
    (164, 26, 'Муниципальное образование «Ярцевский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL),
    (165, 26, 'Муниципальное образование «Ярцевский район» Смоленской области', 'ALIAS', NULL, DATE '2024-12-31'),
    (166, 26, 'МО «Ярцевский муниципальный округ»', 'ALIAS', DATE '2025-01-01', NULL),
    (167, 26, 'МО «Ярцевский муниципальный округ» Смоленской области', 'ALIAS', DATE '2025-01-01', NULL);

-- desnogorsk: город Десногорск
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (168, 27, 'город Десногорск', 'OFFICIAL', NULL, NULL),
    (169, 27, 'Город Десногорск', 'ALIAS', NULL, NULL),
    (170, 27, 'г. Десногорск', 'ALIAS', NULL, NULL),
    (171, 27, 'Муниципальное образование «город Десногорск» Смоленской области', 'ALIAS', NULL, NULL);

-- min_economy: Министерство экономического развития Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (172, 100, 'Министерство экономического развития Смоленской области', 'OFFICIAL', NULL, NULL),
    (173, 100, 'Министерства экономического развития Смоленской области', 'ALIAS', NULL, NULL);

-- min_industry_trade: Министерство промышленности и торговли Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (174, 101, 'Министерство промышленности и торговли Смоленской области', 'OFFICIAL', NULL, NULL),
    (175, 101, 'Министерства промышленности и торговли Смоленской области', 'ALIAS', NULL, NULL);

-- min_agriculture: Министерство сельского хозяйства и продовольствия Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (176, 102, 'Министерство сельского хозяйства и продовольствия Смоленской области', 'OFFICIAL', NULL, NULL),
    (177, 102, 'Министерства сельского хозяйства и продовольствия Смоленской области', 'ALIAS', NULL, NULL);

-- min_construction: Министерство архитектуры и строительства Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (178, 103, 'Министерство архитектуры и строительства Смоленской области', 'OFFICIAL', NULL, NULL),
    (179, 103, 'Министерства архитектуры и строительства Смоленской области', 'ALIAS', NULL, NULL);

-- min_housing_energy: Министерство жилищно-коммунального хозяйства, энергетики и тарифной политики Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (180, 104, 'Министерство жилищно-коммунального хозяйства, энергетики и тарифной политики Смоленской области', 'OFFICIAL', NULL, NULL),
    (181, 104, 'Министерства жилищно-коммунального хозяйства, энергетики и тарифной политики Смоленской области', 'ALIAS', NULL, NULL);

-- min_transport: Министерство транспорта и дорожного хозяйства Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (182, 105, 'Министерство транспорта и дорожного хозяйства Смоленской области', 'OFFICIAL', NULL, NULL),
    (183, 105, 'Министерства транспорта и дорожного хозяйства Смоленской области', 'ALIAS', NULL, NULL);

-- min_nature: Министерство природных ресурсов и экологии Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (184, 106, 'Министерство природных ресурсов и экологии Смоленской области', 'OFFICIAL', NULL, NULL),
    (185, 106, 'Министерства природных ресурсов и экологии Смоленской области', 'ALIAS', NULL, NULL);

-- min_labour: Министерство труда и занятости населения Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (186, 107, 'Министерство труда и занятости населения Смоленской области', 'OFFICIAL', NULL, NULL),
    (187, 107, 'Министерства труда и занятости населения Смоленской области', 'ALIAS', NULL, NULL);

-- min_digital: Министерство цифрового развития Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (188, 108, 'Министерство цифрового развития Смоленской области', 'OFFICIAL', NULL, NULL),
    (189, 108, 'Министерства цифрового развития Смоленской области', 'ALIAS', NULL, NULL);

-- min_culture: Министерство культуры и туризма Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (190, 109, 'Министерство культуры и туризма Смоленской области', 'OFFICIAL', NULL, NULL),
    (191, 109, 'Министерства культуры и туризма Смоленской области', 'ALIAS', NULL, NULL);

-- min_education: Министерство образования и науки Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (192, 110, 'Министерство образования и науки Смоленской области', 'OFFICIAL', NULL, NULL),
    (193, 110, 'Министерства образования и науки Смоленской области', 'ALIAS', NULL, NULL);

-- min_social: Министерство социального развития Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (194, 111, 'Министерство социального развития Смоленской области', 'OFFICIAL', NULL, NULL),
    (195, 111, 'Министерства социального развития Смоленской области', 'ALIAS', NULL, NULL);

-- youth_directorate: Главное управление Смоленской области по делам молодежи и гражданско-патриотическому воспитанию
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (196, 112, 'Главное управление Смоленской области по делам молодежи и гражданско-патриотическому воспитанию', 'OFFICIAL', NULL, NULL),
    (197, 112, 'Главного управления Смоленской области по делам молодежи и гражданско-патриотическому воспитанию', 'ALIAS', NULL, NULL);

-- internal_policy_dept: Департамент Смоленской области по внутренней политике
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (198, 113, 'Департамент Смоленской области по внутренней политике', 'OFFICIAL', NULL, NULL),
    (199, 113, 'Департамента Смоленской области по внутренней политике', 'ALIAS', NULL, NULL);

-- min_sport: Министерство спорта Смоленской области
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (200, 114, 'Министерство спорта Смоленской области', 'OFFICIAL', NULL, NULL),
    (201, 114, 'Министерства спорта Смоленской области', 'ALIAS', NULL, NULL);

-- gov_representation: Представительство Правительства Смоленской области при Правительстве Российской Федерации
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (202, 115, 'Представительство Правительства Смоленской области при Правительстве Российской Федерации', 'OFFICIAL', NULL, NULL),
    (203, 115, 'Представительства Правительства Смоленской области при Правительстве Российской Федерации', 'ALIAS', NULL, NULL);

-- youth_center_pushkinsky: СОГБУ «Молодежный центр «Пушкинский»»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (204, 200, 'СОГБУ «Молодежный центр «Пушкинский»»', 'OFFICIAL', NULL, NULL),
    (205, 200, 'СОГБУ «Молодежный центр «Пушкинский»', 'ALIAS', NULL, NULL),
    (206, 200, 'Молодежный центр «Пушкинский»', 'ALIAS', NULL, NULL);

-- folk_art_center: ГБУК «Смоленский областной центр народного творчества»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (207, 201, 'ГБУК «Смоленский областной центр народного творчества»', 'OFFICIAL', NULL, NULL);

-- library_tvardovsky: ГБУК «Смоленская областная универсальная научная библиотека имени А.Т. Твардовского»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (208, 202, 'ГБУК «Смоленская областная универсальная научная библиотека имени А.Т. Твардовского»', 'OFFICIAL', NULL, NULL),
    (209, 202, 'ГБУК «Смоленская областная универсальная научная библиотека им. А.Т. Твардовского»', 'ALIAS', NULL, NULL);

-- library_sokolov_mikitov: ГБУК «Смоленская областная библиотека для детей и молодежи имени И.С. Соколова-Микитова»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (210, 203, 'ГБУК «Смоленская областная библиотека для детей и молодежи имени И.С. Соколова-Микитова»', 'OFFICIAL', NULL, NULL);

-- philharmonic: ОГАУК «Смоленская областная филармония»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (211, 204, 'ОГАУК «Смоленская областная филармония»', 'OFFICIAL', NULL, NULL);

-- pedagogical_college: ОГБПОУ «Смоленский педагогический колледж»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (212, 205, 'ОГБПОУ «Смоленский педагогический колледж»', 'OFFICIAL', NULL, NULL);

-- young_naturalists_station: СОГБУ ДО «Станция юных натуралистов»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (213, 206, 'СОГБУ ДО «Станция юных натуралистов»', 'OFFICIAL', NULL, NULL),
    (214, 206, 'СОГБУ ДО «Станция юннатов»', 'ALIAS', NULL, NULL);

-- children_creativity_center: СОГБУ ДО «Центр развития творчества детей и юношества»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (215, 207, 'СОГБУ ДО «Центр развития творчества детей и юношества»', 'OFFICIAL', NULL, NULL),
    (216, 207, 'СОГБУДО «Центр развития творчества детей и юношества»', 'ALIAS', NULL, NULL);

-- soiro: ГАУ ДПО «Смоленский областной институт развития образования»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (217, 208, 'ГАУ ДПО «Смоленский областной институт развития образования»', 'OFFICIAL', NULL, NULL),
    (218, 208, 'ГАУ ДПО СОИРО', 'ALIAS', NULL, NULL);

-- gerontology_center_vishenki: СОГБУ «Геронтологический центр «Вишенки»»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (219, 209, 'СОГБУ «Геронтологический центр «Вишенки»»', 'OFFICIAL', NULL, NULL),
    (220, 209, 'СОГБУ «Геронтологический центр «Вишенки»', 'ALIAS', NULL, NULL);

-- kcson_smolensk: ОГБУ «Смоленский комплексный центр социального обслуживания населения»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (221, 210, 'ОГБУ «Смоленский комплексный центр социального обслуживания населения»', 'OFFICIAL', NULL, NULL);

-- kcson_yartsevo: СОГБУ «Ярцевский комплексный центр социального обслуживания населения»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (222, 211, 'СОГБУ «Ярцевский комплексный центр социального обслуживания населения»', 'OFFICIAL', NULL, NULL);

-- kcson_roslavl: СОГБУ «Рославльский комплексный центр социального обслуживания населения»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (223, 212, 'СОГБУ «Рославльский комплексный центр социального обслуживания населения»', 'OFFICIAL', NULL, NULL);

-- sports_palace_yubileyny: СОГАУ «Дворец спорта «Юбилейный»»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (224, 213, 'СОГАУ «Дворец спорта «Юбилейный»»', 'OFFICIAL', NULL, NULL),
    (225, 213, 'СОГАУ «Дворец спорта «Юбилейный»', 'ALIAS', NULL, NULL);

-- coordinator: Аппарат Правительства Смоленской области (управление по внешним связям)
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (226, 300, 'Аппарат Правительства Смоленской области (управление по внешним связям)', 'OFFICIAL', NULL, NULL),
    (227, 300, 'Аппарат Правительства Смоленской области', 'ALIAS', NULL, NULL);

-- invest_corporation: ООО «Корпорация инвестиционного развития Смоленской области»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (228, 400, 'ООО «Корпорация инвестиционного развития Смоленской области»', 'OFFICIAL', NULL, NULL),
    (229, 400, 'Корпорация инвестиционного развития Смоленской области', 'ALIAS', NULL, NULL);

-- export_support_center: АНО «Центр поддержки экспорта Смоленской области»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (230, 401, 'АНО «Центр поддержки экспорта Смоленской области»', 'OFFICIAL', NULL, NULL);

-- tourism_development_center: АНО «Центр развития туризма Смоленской области»
INSERT INTO organization_name (id, organization_id, name, name_kind, valid_from, valid_to) VALUES
    (231, 402, 'АНО «Центр развития туризма Смоленской области»', 'OFFICIAL', NULL, NULL);
