-- CreateTable
CREATE TABLE "DisclosedSuggestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "congressName" VARCHAR(100) NOT NULL,
    "year" INTEGER,
    "number" VARCHAR(20),
    "categoryId" UUID,
    "categoryName" VARCHAR(50),
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "leadUnitName" VARCHAR(100),
    "unitIds" UUID[],
    "unitNames" TEXT[],
    "replyClass" "ReplyClass",
    "replyText" TEXT,
    "repliedOn" DATE,
    "searchText" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedById" UUID,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnById" UUID,
    "withdrawReason" VARCHAR(500),

    CONSTRAINT "DisclosedSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosedSuggestionVersion" (
    "disclosureId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedById" UUID,

    CONSTRAINT "DisclosedSuggestionVersion_pkey" PRIMARY KEY ("disclosureId","version")
);

-- CreateIndex
CREATE UNIQUE INDEX "DisclosedSuggestion_suggestionId_key" ON "DisclosedSuggestion"("suggestionId");

-- CreateIndex
CREATE INDEX "DisclosedSuggestion_publishedAt_id_idx" ON "DisclosedSuggestion"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "DisclosedSuggestion_congressPath_idx" ON "DisclosedSuggestion"("congressPath" text_pattern_ops);

-- AddForeignKey
ALTER TABLE "DisclosedSuggestion" ADD CONSTRAINT "DisclosedSuggestion_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosedSuggestionVersion" ADD CONSTRAINT "DisclosedSuggestionVersion_disclosureId_fkey" FOREIGN KEY ("disclosureId") REFERENCES "DisclosedSuggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Chinese search (hand-written; Prisma cannot express it, test/db/migration-drift.test.ts lists the index).
-- pg_trgm finds trigrams in Chinese text only when the database's LC_CTYPE is a UTF-8 locale (C.UTF-8):
-- the embedded cluster is created so, and start-up warns for a database that is not (api/db/chinese-text.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "DisclosedSuggestion_searchText_trgm_idx" ON "DisclosedSuggestion" USING GIN ("searchText" gin_trgm_ops);
