-- Pinyin order for Chinese names (阿里, 北京, 东村, 五华区, 周城村): lists sort by these columns and
-- keyset cursors compare them with < and >, so the column's own collation gives both the same order.
-- Prisma cannot express a column collation; test/db/migration-drift.test.ts lists these columns.
ALTER TABLE "Region" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "zh-x-icu";
ALTER TABLE "Congress" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "zh-x-icu";
ALTER TABLE "HandlingUnit" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "zh-x-icu";
ALTER TABLE "Person" ALTER COLUMN "name" TYPE VARCHAR(50) COLLATE "zh-x-icu";
ALTER TABLE "Station" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "zh-x-icu";
ALTER TABLE "WorkingGroup" ALTER COLUMN "name" TYPE VARCHAR(100) COLLATE "zh-x-icu";
