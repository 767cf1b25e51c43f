-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('SUGGESTION', 'MOTION');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'REHANDLING', 'IMPLEMENTING', 'CLOSED', 'WITHDRAWN', 'HANDLED_AS_LETTER');

-- CreateEnum
CREATE TYPE "CoSignerStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "UnitAssignmentRole" AS ENUM ('LEAD', 'CO');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ConsultationForm" AS ENUM ('IN_PERSON', 'MEETING', 'SITE_VISIT', 'PHONE', 'VIDEO');

-- CreateEnum
CREATE TYPE "ReplyClass" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "Satisfaction" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED');

-- CreateEnum
CREATE TYPE "EvaluationStage" AS ENUM ('REPLY', 'IMPLEMENTATION');

-- CreateEnum
CREATE TYPE "MotionDecision" AS ENUM ('PENDING', 'ON_AGENDA', 'NOT_ON_AGENDA');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('CO_SIGN_INVITED', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'ASSIGNED', 'REASSIGNMENT_REQUESTED', 'REASSIGNMENT_DECIDED', 'REPLIED', 'EVALUATED', 'REHANDLING', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'CLOSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "personId" UUID;

-- CreateTable
CREATE TABLE "UserHandlingUnit" (
    "userId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserHandlingUnit_pkey" PRIMARY KEY ("userId","unitId")
);

-- CreateTable
CREATE TABLE "UserStation" (
    "userId" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserStation_pkey" PRIMARY KEY ("userId","stationId")
);

-- CreateTable
CREATE TABLE "SuggestionSettings" (
    "congressId" UUID NOT NULL,
    "replyDueMonths" INTEGER NOT NULL DEFAULT 3,
    "reassignmentWorkingDays" INTEGER NOT NULL DEFAULT 5,
    "motionMinCoSigners" INTEGER NOT NULL DEFAULT 10,
    "dueSoonDays" INTEGER NOT NULL DEFAULT 14,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SuggestionSettings_pkey" PRIMARY KEY ("congressId")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "congressId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "workday" BOOLEAN NOT NULL DEFAULT false,
    "name" VARCHAR(50) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("congressId","date")
);

-- CreateTable
CREATE TABLE "SuggestionCategory" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SuggestionCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "SuggestionKind" NOT NULL DEFAULT 'SUGGESTION',
    "state" "SuggestionState" NOT NULL DEFAULT 'DRAFT',
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "sessionId" UUID,
    "leadMembershipId" UUID NOT NULL,
    "delegation" VARCHAR(100),
    "categoryId" UUID,
    "title" VARCHAR(200) NOT NULL,
    "body" TEXT NOT NULL,
    "number" VARCHAR(20),
    "year" INTEGER,
    "sequence" INTEGER,
    "submittedAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "assignedAt" TIMESTAMPTZ(3),
    "replyDueOn" DATE,
    "reassignableUntil" DATE,
    "repliedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "stateReason" VARCHAR(1000),
    "consultationWaiver" VARCHAR(500),
    "motionDecision" "MotionDecision",
    "motionDecisionNote" VARCHAR(1000),
    "rehandlingCount" INTEGER NOT NULL DEFAULT 0,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionCoSigner" (
    "suggestionId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "status" "CoSignerStatus" NOT NULL DEFAULT 'INVITED',
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionCoSigner_pkey" PRIMARY KEY ("suggestionId","membershipId")
);

-- CreateTable
CREATE TABLE "SuggestionUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "role" "UnitAssignmentRole" NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "opinion" TEXT,
    "opinionAt" TIMESTAMPTZ(3),

    CONSTRAINT "SuggestionUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReassignmentRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "reason" VARCHAR(1000) NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" VARCHAR(1000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReassignmentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "form" "ConsultationForm" NOT NULL,
    "participants" VARCHAR(500) NOT NULL,
    "summary" TEXT NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionReply" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "class" "ReplyClass" NOT NULL,
    "body" TEXT NOT NULL,
    "signedBy" VARCHAR(50) NOT NULL,
    "repliedOn" DATE NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "replyId" UUID NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'OPEN',
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentProgress" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "commitmentId" UUID NOT NULL,
    "note" VARCHAR(2000) NOT NULL,
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitmentProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionEvaluation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "replyId" UUID,
    "stage" "EvaluationStage" NOT NULL,
    "membershipId" UUID NOT NULL,
    "byLead" BOOLEAN NOT NULL,
    "satisfaction" "Satisfaction" NOT NULL,
    "comment" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "suggestionId" UUID NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "fromState" "SuggestionState",
    "toState" "SuggestionState" NOT NULL,
    "actorId" UUID,
    "actorName" VARCHAR(100) NOT NULL,
    "comment" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sha256" VARCHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,
    "mediaType" VARCHAR(100) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionAttachment" (
    "suggestionId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "replyId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionAttachment_pkey" PRIMARY KEY ("suggestionId","fileId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "body" VARCHAR(1000),
    "suggestionId" UUID,
    "dedupeKey" VARCHAR(200),
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE INDEX "UserHandlingUnit_unitId_idx" ON "UserHandlingUnit"("unitId");

-- CreateIndex
CREATE INDEX "UserStation_stationId_idx" ON "UserStation"("stationId");

-- CreateIndex
CREATE INDEX "SuggestionCategory_congressId_sortOrder_idx" ON "SuggestionCategory"("congressId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionCategory_congressId_name_key" ON "SuggestionCategory"("congressId", "name");

-- CreateIndex
CREATE INDEX "Suggestion_congressPath_state_updatedAt_idx" ON "Suggestion"("congressPath" text_pattern_ops, "state", "updatedAt");

-- CreateIndex
CREATE INDEX "Suggestion_leadMembershipId_state_idx" ON "Suggestion"("leadMembershipId", "state");

-- CreateIndex
CREATE INDEX "Suggestion_state_replyDueOn_idx" ON "Suggestion"("state", "replyDueOn");

-- CreateIndex
CREATE INDEX "Suggestion_congressId_submittedAt_idx" ON "Suggestion"("congressId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_congressId_kind_year_sequence_key" ON "Suggestion"("congressId", "kind", "year", "sequence");

-- CreateIndex
CREATE INDEX "SuggestionCoSigner_membershipId_status_idx" ON "SuggestionCoSigner"("membershipId", "status");

-- CreateIndex
CREATE INDEX "SuggestionUnit_suggestionId_role_idx" ON "SuggestionUnit"("suggestionId", "role");

-- CreateIndex
CREATE INDEX "SuggestionUnit_unitId_endedAt_idx" ON "SuggestionUnit"("unitId", "endedAt");

-- CreateIndex
CREATE INDEX "ReassignmentRequest_suggestionId_status_idx" ON "ReassignmentRequest"("suggestionId", "status");

-- CreateIndex
CREATE INDEX "ReassignmentRequest_unitId_status_idx" ON "ReassignmentRequest"("unitId", "status");

-- CreateIndex
CREATE INDEX "Consultation_suggestionId_heldOn_idx" ON "Consultation"("suggestionId", "heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionReply_suggestionId_round_key" ON "SuggestionReply"("suggestionId", "round");

-- CreateIndex
CREATE INDEX "Commitment_suggestionId_dueOn_idx" ON "Commitment"("suggestionId", "dueOn");

-- CreateIndex
CREATE INDEX "Commitment_status_dueOn_idx" ON "Commitment"("status", "dueOn");

-- CreateIndex
CREATE INDEX "CommitmentProgress_commitmentId_createdAt_idx" ON "CommitmentProgress"("commitmentId", "createdAt");

-- CreateIndex
CREATE INDEX "SuggestionEvaluation_suggestionId_stage_createdAt_idx" ON "SuggestionEvaluation"("suggestionId", "stage", "createdAt");

-- CreateIndex
CREATE INDEX "SuggestionEvent_suggestionId_createdAt_idx" ON "SuggestionEvent"("suggestionId", "createdAt");

-- CreateIndex
CREATE INDEX "StoredFile_sha256_idx" ON "StoredFile"("sha256");

-- CreateIndex
CREATE INDEX "StoredFile_uploadedById_createdAt_idx" ON "StoredFile"("uploadedById", "createdAt");

-- CreateIndex
CREATE INDEX "SuggestionAttachment_fileId_idx" ON "SuggestionAttachment"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserHandlingUnit" ADD CONSTRAINT "UserHandlingUnit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserHandlingUnit" ADD CONSTRAINT "UserHandlingUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStation" ADD CONSTRAINT "UserStation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStation" ADD CONSTRAINT "UserStation_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionSettings" ADD CONSTRAINT "SuggestionSettings_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarDay" ADD CONSTRAINT "CalendarDay_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionCategory" ADD CONSTRAINT "SuggestionCategory_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_leadMembershipId_fkey" FOREIGN KEY ("leadMembershipId") REFERENCES "DeputyMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "SuggestionCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionCoSigner" ADD CONSTRAINT "SuggestionCoSigner_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionCoSigner" ADD CONSTRAINT "SuggestionCoSigner_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "DeputyMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionUnit" ADD CONSTRAINT "SuggestionUnit_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionUnit" ADD CONSTRAINT "SuggestionUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReassignmentRequest" ADD CONSTRAINT "ReassignmentRequest_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReassignmentRequest" ADD CONSTRAINT "ReassignmentRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionReply" ADD CONSTRAINT "SuggestionReply_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionReply" ADD CONSTRAINT "SuggestionReply_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "SuggestionReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentProgress" ADD CONSTRAINT "CommitmentProgress_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "SuggestionReply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvaluation" ADD CONSTRAINT "SuggestionEvaluation_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "DeputyMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

