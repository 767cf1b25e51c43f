-- AlterTable
ALTER TABLE "User" ADD COLUMN     "failuresClearedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "RefreshToken" ADD COLUMN     "familyId" UUID NOT NULL DEFAULT gen_random_uuid();

-- CreateIndex
CREATE INDEX "RefreshToken_familyId_revokedAt_idx" ON "RefreshToken"("familyId", "revokedAt");


-- Existing tokens: each its own session (access tokens issued before this carry no session and are refused; clients refresh).
UPDATE "RefreshToken" SET "familyId" = "id";
