-- CreateEnum
CREATE TYPE "SupervisionState" AS ENUM ('PROPOSED', 'DECIDED', 'SUPERVISING', 'JUDGED', 'CLOSED', 'REVIEWED');

-- CreateEnum
CREATE TYPE "SupervisorRole" AS ENUM ('LEAD', 'COMMITTEE', 'AGENCY', 'DEPUTIES', 'GOVERNMENT_OFFICE');

-- CreateEnum
CREATE TYPE "SupervisionRecordKind" AS ENUM ('VISIT', 'RESEARCH', 'MEETING', 'UNIT_REPORT', 'LOOK_BACK');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'MILESTONE_DUE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "supervisionTopicId" UUID;

-- CreateTable
CREATE TABLE "SupervisionTopic" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" VARCHAR(2000),
    "state" "SupervisionState" NOT NULL DEFAULT 'PROPOSED',
    "decidedOn" DATE,
    "decisionMeeting" VARCHAR(200),
    "decisionDocument" VARCHAR(100),
    "judgement" "Satisfaction",
    "judgementNote" VARCHAR(2000),
    "judgedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "nextMilestoneDueOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SupervisionTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionTopicSuggestion" (
    "topicId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "suggestionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionTopicSuggestion_pkey" PRIMARY KEY ("topicId","suggestionId")
);

-- CreateTable
CREATE TABLE "SupervisionAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "topicId" UUID NOT NULL,
    "role" "SupervisorRole" NOT NULL,
    "userId" UUID,
    "bodyId" UUID,
    "membershipId" UUID,
    "unitId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionMilestone" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "topicId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "dueOn" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionRecord" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "topicId" UUID NOT NULL,
    "kind" "SupervisionRecordKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" VARCHAR(200),
    "participants" VARCHAR(1000),
    "notes" VARCHAR(5000) NOT NULL,
    "problems" VARCHAR(5000),
    "milestoneId" UUID,
    "progress" VARCHAR(2000),
    "authorId" UUID,
    "authorName" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionRecordAttachment" (
    "recordId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionRecordAttachment_pkey" PRIMARY KEY ("recordId","fileId")
);

-- CreateTable
CREATE TABLE "SupervisionEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "topicId" UUID NOT NULL,
    "action" VARCHAR(40) NOT NULL,
    "fromState" "SupervisionState",
    "toState" "SupervisionState" NOT NULL,
    "actorId" UUID,
    "actorName" VARCHAR(100) NOT NULL,
    "comment" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionTopic_congressPath_year_state_idx" ON "SupervisionTopic"("congressPath" text_pattern_ops, "year", "state");

-- CreateIndex
CREATE INDEX "SupervisionTopic_nextMilestoneDueOn_idx" ON "SupervisionTopic"("nextMilestoneDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionTopic_id_year_key" ON "SupervisionTopic"("id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionTopicSuggestion_suggestionId_year_key" ON "SupervisionTopicSuggestion"("suggestionId", "year");

-- CreateIndex
CREATE INDEX "SupervisionAssignment_topicId_role_idx" ON "SupervisionAssignment"("topicId", "role");

-- CreateIndex
CREATE INDEX "SupervisionAssignment_userId_idx" ON "SupervisionAssignment"("userId");

-- CreateIndex
CREATE INDEX "SupervisionAssignment_membershipId_idx" ON "SupervisionAssignment"("membershipId");

-- CreateIndex
CREATE INDEX "SupervisionAssignment_unitId_idx" ON "SupervisionAssignment"("unitId");

-- CreateIndex
CREATE INDEX "SupervisionAssignment_bodyId_idx" ON "SupervisionAssignment"("bodyId");

-- CreateIndex
CREATE INDEX "SupervisionMilestone_dueOn_doneAt_idx" ON "SupervisionMilestone"("dueOn", "doneAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionMilestone_topicId_title_key" ON "SupervisionMilestone"("topicId", "title");

-- CreateIndex
CREATE INDEX "SupervisionRecord_topicId_heldOn_idx" ON "SupervisionRecord"("topicId", "heldOn");

-- CreateIndex
CREATE INDEX "SupervisionRecord_milestoneId_idx" ON "SupervisionRecord"("milestoneId");

-- CreateIndex
CREATE INDEX "SupervisionRecordAttachment_fileId_idx" ON "SupervisionRecordAttachment"("fileId");

-- CreateIndex
CREATE INDEX "SupervisionEvent_topicId_createdAt_idx" ON "SupervisionEvent"("topicId", "createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_supervisionTopicId_fkey" FOREIGN KEY ("supervisionTopicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTopic" ADD CONSTRAINT "SupervisionTopic_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTopicSuggestion" ADD CONSTRAINT "SupervisionTopicSuggestion_topicId_year_fkey" FOREIGN KEY ("topicId", "year") REFERENCES "SupervisionTopic"("id", "year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTopicSuggestion" ADD CONSTRAINT "SupervisionTopicSuggestion_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionAssignment" ADD CONSTRAINT "SupervisionAssignment_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionAssignment" ADD CONSTRAINT "SupervisionAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionAssignment" ADD CONSTRAINT "SupervisionAssignment_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "CongressBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionAssignment" ADD CONSTRAINT "SupervisionAssignment_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "DeputyMembership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionAssignment" ADD CONSTRAINT "SupervisionAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionMilestone" ADD CONSTRAINT "SupervisionMilestone_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "SupervisionMilestone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecordAttachment" ADD CONSTRAINT "SupervisionRecordAttachment_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "SupervisionRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionRecordAttachment" ADD CONSTRAINT "SupervisionRecordAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionEvent" ADD CONSTRAINT "SupervisionEvent_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "SupervisionTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Invariants of supervision that schema.prisma cannot express (see test/db/migration-drift.test.ts).

-- A topic's year is a calendar year of the platform's time.
ALTER TABLE "SupervisionTopic" ADD CONSTRAINT "SupervisionTopic_year_check" CHECK ("year" BETWEEN 2000 AND 2100);

-- Past PROPOSED a topic carries the director's meeting decision: date, meeting and document number.
ALTER TABLE "SupervisionTopic" ADD CONSTRAINT "SupervisionTopic_decision_check"
  CHECK (("state" = 'PROPOSED') = ("decidedOn" IS NULL) AND ("decidedOn" IS NULL) = ("decisionMeeting" IS NULL) AND ("decidedOn" IS NULL) = ("decisionDocument" IS NULL));

-- The lead supervisor's judgement exists exactly from JUDGED on.
ALTER TABLE "SupervisionTopic" ADD CONSTRAINT "SupervisionTopic_judgement_check"
  CHECK (("state" IN ('JUDGED', 'CLOSED', 'REVIEWED')) = ("judgement" IS NOT NULL) AND ("judgement" IS NULL) = ("judgedAt" IS NULL));

-- A supervisor is exactly one of: an account, a congress body, a deputy, a handling unit; and one the role allows.
ALTER TABLE "SupervisionAssignment" ADD CONSTRAINT "SupervisionAssignment_target_check" CHECK (
  num_nonnulls("userId", "bodyId", "membershipId", "unitId") = 1 AND CASE "role"
    WHEN 'LEAD' THEN "userId" IS NOT NULL
    WHEN 'COMMITTEE' THEN "bodyId" IS NOT NULL OR "userId" IS NOT NULL
    WHEN 'AGENCY' THEN "bodyId" IS NOT NULL OR "userId" IS NOT NULL
    WHEN 'DEPUTIES' THEN "membershipId" IS NOT NULL
    WHEN 'GOVERNMENT_OFFICE' THEN "unitId" IS NOT NULL OR "userId" IS NOT NULL
  END);

-- The same supervisor once per role and topic; one lead supervisor per topic.
CREATE UNIQUE INDEX "SupervisionAssignment_supervisor_key" ON "SupervisionAssignment" ("topicId", "role", "userId", "bodyId", "membershipId", "unitId") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "SupervisionAssignment_one_lead_key" ON "SupervisionAssignment" ("topicId") WHERE "role" = 'LEAD';

-- Progress is reported against a milestone.
ALTER TABLE "SupervisionRecord" ADD CONSTRAINT "SupervisionRecord_progress_check" CHECK ("progress" IS NULL OR "milestoneId" IS NOT NULL);
