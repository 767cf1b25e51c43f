-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'CITY', 'PREFECTURE', 'COUNTY', 'DISTRICT', 'COUNTY_LEVEL_CITY', 'TOWNSHIP', 'TOWN', 'STREET', 'VILLAGE', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "CongressLevel" AS ENUM ('PROVINCIAL', 'MUNICIPAL', 'COUNTY', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "CongressKind" AS ENUM ('CONGRESS', 'STREET_WORKING_COMMITTEE');

-- CreateEnum
CREATE TYPE "CongressBodyKind" AS ENUM ('STANDING_COMMITTEE', 'DIRECTORS_MEETING', 'SPECIAL_COMMITTEE', 'WORKING_COMMITTEE', 'DEPUTY_WORK_AGENCY', 'PRESIDIUM');

-- CreateEnum
CREATE TYPE "HandlingUnitKind" AS ENUM ('GOVERNMENT', 'DEPARTMENT', 'SUPERVISORY_COMMISSION', 'COURT', 'PROCURATORATE', 'OTHER');

-- CreateTable
CREATE TABLE "Region" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "parentId" UUID,
    "path" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "provinceId" UUID,
    "cityId" UUID,
    "countyId" UUID,
    "townshipId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Congress" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "regionId" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "shortName" VARCHAR(50),
    "level" "CongressLevel" NOT NULL,
    "kind" "CongressKind" NOT NULL DEFAULT 'CONGRESS',
    "parentId" UUID,
    "path" TEXT NOT NULL,
    "provincialCongressId" UUID,
    "municipalCongressId" UUID,
    "countyCongressId" UUID,
    "townshipCongressId" UUID,
    "address" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Congress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CongressBody" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "kind" "CongressBodyKind" NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CongressBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CongressSession" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "termId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CongressSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "congressId" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kind" "HandlingUnitKind" NOT NULL,
    "parentId" UUID,
    "congressPath" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "HandlingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_parentId_code_idx" ON "Region"("parentId", "code");

-- CreateIndex
CREATE INDEX "Region_provinceId_level_idx" ON "Region"("provinceId", "level");

-- CreateIndex
CREATE INDEX "Region_cityId_level_idx" ON "Region"("cityId", "level");

-- CreateIndex
CREATE INDEX "Region_countyId_level_idx" ON "Region"("countyId", "level");

-- CreateIndex
CREATE INDEX "Region_townshipId_level_idx" ON "Region"("townshipId", "level");

-- CreateIndex
CREATE INDEX "Region_path_idx" ON "Region"("path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Region_level_code_idx" ON "Region"("level", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Congress_regionId_key" ON "Congress"("regionId");

-- CreateIndex
CREATE INDEX "Congress_parentId_name_idx" ON "Congress"("parentId", "name");

-- CreateIndex
CREATE INDEX "Congress_provincialCongressId_level_idx" ON "Congress"("provincialCongressId", "level");

-- CreateIndex
CREATE INDEX "Congress_municipalCongressId_level_idx" ON "Congress"("municipalCongressId", "level");

-- CreateIndex
CREATE INDEX "Congress_countyCongressId_level_idx" ON "Congress"("countyCongressId", "level");

-- CreateIndex
CREATE INDEX "Congress_townshipCongressId_level_idx" ON "Congress"("townshipCongressId", "level");

-- CreateIndex
CREATE INDEX "Congress_path_idx" ON "Congress"("path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Congress_level_name_idx" ON "Congress"("level", "name");

-- CreateIndex
CREATE INDEX "CongressBody_congressId_kind_idx" ON "CongressBody"("congressId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "CongressBody_congressId_name_key" ON "CongressBody"("congressId", "name");

-- CreateIndex
CREATE INDEX "Term_congressId_startDate_idx" ON "Term"("congressId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Term_congressId_number_key" ON "Term"("congressId", "number");

-- CreateIndex
CREATE INDEX "CongressSession_termId_startDate_idx" ON "CongressSession"("termId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "CongressSession_termId_number_key" ON "CongressSession"("termId", "number");

-- CreateIndex
CREATE INDEX "HandlingUnit_congressPath_idx" ON "HandlingUnit"("congressPath" text_pattern_ops);

-- CreateIndex
CREATE INDEX "HandlingUnit_parentId_idx" ON "HandlingUnit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "HandlingUnit_congressId_name_key" ON "HandlingUnit"("congressId", "name");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Congress" ADD CONSTRAINT "Congress_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Congress" ADD CONSTRAINT "Congress_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CongressBody" ADD CONSTRAINT "CongressBody_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CongressSession" ADD CONSTRAINT "CongressSession_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_congressId_fkey" FOREIGN KEY ("congressId") REFERENCES "Congress"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingUnit" ADD CONSTRAINT "HandlingUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

