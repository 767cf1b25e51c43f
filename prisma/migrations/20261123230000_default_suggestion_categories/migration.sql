-- Data only: every congress created before the catalogue was written at creation time gets the default
-- categories (api/modules/suggestions/categories.ts DEFAULT_CATEGORIES), unless it keeps some already.
INSERT INTO "SuggestionCategory" ("congressId", "congressPath", "name", "sortOrder")
SELECT c."id", c."path", d."name", d."sortOrder"
FROM "Congress" c
CROSS JOIN (VALUES
  ('经济发展', 0), ('城乡建设', 1), ('教育科技', 2), ('医疗卫生', 3), ('社会保障', 4),
  ('生态环境', 5), ('交通运输', 6), ('农业农村', 7), ('政法社会治理', 8), ('其他', 9)
) AS d ("name", "sortOrder")
WHERE NOT EXISTS (SELECT 1 FROM "SuggestionCategory" s WHERE s."congressId" = c."id");
