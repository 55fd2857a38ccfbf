-- AlterTable
ALTER TABLE "RelayMessage" ADD COLUMN "slackChannel" TEXT;
ALTER TABLE "RelayMessage" ADD COLUMN "slackPostTs" TEXT;
