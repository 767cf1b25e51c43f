-- Invariants of suggestion handling that schema.prisma cannot express (see test/db/migration-drift.test.ts).

-- One current lead unit per suggestion: a reassignment ends the row (endedAt) before another is assigned.
CREATE UNIQUE INDEX "SuggestionUnit_current_lead_key" ON "SuggestionUnit" ("suggestionId") WHERE "role" = 'LEAD' AND "endedAt" IS NULL;

-- A unit holds at most one current assignment on a suggestion (lead or co-unit, not both).
CREATE UNIQUE INDEX "SuggestionUnit_current_unit_key" ON "SuggestionUnit" ("suggestionId", "unitId") WHERE "endedAt" IS NULL;

-- Re-handling happens once; a second unsatisfied evaluation sets `disputed` instead.
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_rehandlingCount_check" CHECK ("rehandlingCount" BETWEEN 0 AND 1);

-- A number is given with its year and sequence, all three or none.
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_number_check"
  CHECK (("number" IS NULL) = ("sequence" IS NULL) AND ("year" IS NULL) = ("sequence" IS NULL));
