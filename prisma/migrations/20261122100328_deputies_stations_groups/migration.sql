-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "DeputyStatus" AS ENUM ('ACTIVE', 'RESIGNED', 'TERMINATED', 'RECALLED', 'DECEASED');

-- CreateEnum
CREATE TYPE "OccupationCategory" AS ENUM ('WORKER', 'FARMER', 'PROFESSIONAL', 'OFFICIAL', 'ENTERPRISE', 'MILITARY', 'OTHER');

-- CreateEnum
CREATE TYPE "StationKind" AS ENUM ('DEPUTY_HOME', 'WORKSTATION', 'LIAISON_ROOM', 'PROFESSIONAL_STATION', 'ONLINE');

-- CreateEnum
CREATE TYPE "WorkingGroupKind" AS ENUM ('DEPUTY_GROUP', 'LIAISON_GROUP', 'PROFESSIONAL_GROUP', 'CENTRAL_GROUP', 'DELEGATION');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(50) NOT NULL,
    "gender" "Gender" NOT NULL,
    "ethnicity" VARCHAR(20) NOT NULL,
    "birthDate" DATE,
    "idNumber" VARCHAR(18),
    "phone" VARCHAR(32),
    "publicCode" VARCHAR(24) NOT NULL,
    "congressPath" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyMembership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "personId" UUID NOT NULL,
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "termId" UUID NOT NULL,
    "constituency" VARCHAR(100) NOT NULL,
    "delegation" VARCHAR(100),
    "occupation" "OccupationCategory" NOT NULL,
    "grassroots" BOOLEAN NOT NULL DEFAULT false,
    "party" VARCHAR(50) NOT NULL,
    "status" "DeputyStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DeputyMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyStatusChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "membershipId" UUID NOT NULL,
    "fromStatus" "DeputyStatus",
    "toStatus" "DeputyStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "review" VARCHAR(200),
    "reason" VARCHAR(500),
    "actorName" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeputyStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Station" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "regionId" UUID NOT NULL,
    "kind" "StationKind" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "address" VARCHAR(200),
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "openingHours" VARCHAR(200),
    "receptionDays" VARCHAR(200),
    "keeperName" VARCHAR(50),
    "keeperPhone" VARCHAR(32),
    "publicCode" VARCHAR(24) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Station_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroup" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "kind" "WorkingGroupKind" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "leaderMembershipId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "WorkingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroupMember" (
    "groupId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkingGroupMember_pkey" PRIMARY KEY ("groupId","membershipId")
);

-- CreateTable
CREATE TABLE "WorkingGroupStation" (
    "groupId" UUID NOT NULL,
    "stationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkingGroupStation_pkey" PRIMARY KEY ("groupId","stationId")
);

-- CreateTable
CREATE TABLE "ContactAssignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "congressPath" TEXT NOT NULL,
    "memberName" VARCHAR(50) NOT NULL,
    "deputyMembershipId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactVisit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assignmentId" UUID NOT NULL,
    "visitedOn" DATE NOT NULL,
    "form" VARCHAR(50) NOT NULL,
    "notes" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_idNumber_key" ON "Person"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Person_publicCode_key" ON "Person"("publicCode");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Person_congressPath_idx" ON "Person"("congressPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "DeputyMembership_congressPath_status_idx" ON "DeputyMembership"("congressPath" text_pattern_ops, "status");

-- CreateIndex
CREATE INDEX "DeputyMembership_congressId_status_idx" ON "DeputyMembership"("congressId", "status");

-- CreateIndex
CREATE INDEX "DeputyMembership_termId_idx" ON "DeputyMembership"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "DeputyMembership_personId_congressId_termId_key" ON "DeputyMembership"("personId", "congressId", "termId");

-- CreateIndex
CREATE INDEX "DeputyStatusChange_membershipId_createdAt_idx" ON "DeputyStatusChange"("membershipId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Station_publicCode_key" ON "Station"("publicCode");

-- CreateIndex
CREATE INDEX "Station_congressPath_kind_idx" ON "Station"("congressPath" text_pattern_ops, "kind");

-- CreateIndex
CREATE INDEX "Station_regionId_idx" ON "Station"("regionId");

-- CreateIndex
CREATE INDEX "Station_latitude_longitude_idx" ON "Station"("latitude", "longitude");

-- CreateIndex
CREATE UNIQUE INDEX "Station_congressId_name_key" ON "Station"("congressId", "name");

-- CreateIndex
CREATE INDEX "WorkingGroup_congressPath_kind_idx" ON "WorkingGroup"("congressPath" text_pattern_ops, "kind");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroup_congressId_name_key" ON "WorkingGroup"("congressId", "name");

-- CreateIndex
CREATE INDEX "WorkingGroupMember_membershipId_idx" ON "WorkingGroupMember"("membershipId");

-- CreateIndex
CREATE INDEX "WorkingGroupStation_stationId_idx" ON "WorkingGroupStation"("stationId");

-- CreateIndex
CREATE INDEX "ContactAssignment_congressPath_idx" ON "ContactAssignment"("congressPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "ContactAssignment_deputyMembershipId_idx" ON "ContactAssignment"("deputyMembershipId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactAssignment_congressId_memberName_deputyMembershipId_key" ON "ContactAssignment"("congressId", "memberName", "deputyMembershipId");

-- CreateIndex
CREATE INDEX "ContactVisit_assignmentId_visitedOn_idx" ON "ContactVisit"("assignmentId", "visitedOn");

-- AddForeignKey
ALTER TABLE "DeputyMembership" ADD CONSTRAINT "DeputyMembership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyMembership" ADD CONSTRAINT "DeputyMembership_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyMembership" ADD CONSTRAINT "DeputyMembership_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "DeputyMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Station" ADD CONSTRAINT "Station_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Station" ADD CONSTRAINT "Station_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_leaderMembershipId_fkey" FOREIGN KEY ("leaderMembershipId") REFERENCES "DeputyMembership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "DeputyMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupStation" ADD CONSTRAINT "WorkingGroupStation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupStation" ADD CONSTRAINT "WorkingGroupStation_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactAssignment" ADD CONSTRAINT "ContactAssignment_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactAssignment" ADD CONSTRAINT "ContactAssignment_deputyMembershipId_fkey" FOREIGN KEY ("deputyMembershipId") REFERENCES "DeputyMembership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactVisit" ADD CONSTRAINT "ContactVisit_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ContactAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

