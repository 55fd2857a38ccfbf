// What the privacy notice, PRIVACY.md and the Telegram update log promise to forget, as jobs:
// at start-up and every six hours. The periods are the RETENTION_* variables (src/config.ts);
// each run returns counts only, which the job runner logs: never ids of residents, never texts.
// Every run ends by emptying the database's write-ahead log, where what it deleted would otherwise
// stay on disk (src/db/write-ahead-log.ts).
import { emptyWriteAheadLog } from "../../db/write-ahead-log";
import type { PrismaClient } from "../../generated/prisma/client";
import { eraseInactiveResidents } from "../resident/erase-inactive-residents";
import { clearEndedCertificates } from "../retention/clear-ended-certificates";
import { clearEndedSignupTexts } from "../retention/clear-ended-signup-texts";
import { deleteEndedCheckIns } from "../retention/delete-ended-check-ins";
import { deleteOldConversations } from "../retention/delete-old-conversations";
import { deleteOldNotifications } from "../retention/delete-old-notifications";
import { deleteAbandonedDialogues } from "../retention/delete-abandoned-dialogues";
import { deleteOldBroadcasts } from "../retention/delete-old-broadcasts";
import { DEFAULT_RETENTION_SETTINGS, monthsBefore, retentionSettingsSchema, type RetentionSettings } from "../retention/retention-periods";
import { deleteOldTelegramUpdates } from "../telegram-update/delete-old-telegram-updates";
import { defineJob, type Job, type JobCounts, type JobRunContext } from "./define-job";

export const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

/** The retention jobs' names, for runJobNow and the README's timers table. */
export const RETENTION_JOBS = {
  inactiveResidents: "erase-inactive-residents",
  telegramUpdates: "delete-old-telegram-updates",
  signupTexts: "clear-signup-texts",
  conversations: "delete-old-conversations",
  checkIns: "delete-old-check-ins",
  certificates: "clear-certificate-dates",
  notifications: "delete-old-notifications",
  dialogues: "delete-abandoned-dialogues",
  broadcasts: "delete-old-broadcasts",
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

interface RetentionJobDeps {
  prisma: PrismaClient;
  wakeOutbox?: () => void;
  /** The periods; the defaults (what the privacy notice says) where not given. */
  settings?: RetentionSettings;
}

function settingsOf(deps: RetentionJobDeps): RetentionSettings {
  return retentionSettingsSchema.parse(deps.settings ?? DEFAULT_RETENTION_SETTINGS);
}

/** A job that deletes or clears what the privacy notice promises to forget, from the disk too. */
function retentionJob(deps: RetentionJobDeps, definition: { name: string; run(context: JobRunContext): Promise<JobCounts> }): Job {
  return defineJob({
    name: definition.name,
    everyMs: RETENTION_EVERY_MS,
    async run(context) {
      try {
        return await definition.run(context);
      } finally {
        // Also after a failure part way: what was deleted before it is committed.
        await emptyWriteAheadLog({ prisma: deps.prisma, logger: context.logger });
      }
    },
  });
}

/** Every retention job, in the order the README lists them. */
export function retentionJobs(deps: RetentionJobDeps): Job[] {
  return [
    eraseInactiveResidentsJob(deps),
    deleteOldTelegramUpdatesJob(deps),
    clearSignupTextsJob(deps),
    deleteOldConversationsJob(deps),
    deleteOldCheckInsJob(deps),
    clearCertificateDatesJob(deps),
    deleteOldNotificationsJob(deps),
    deleteAbandonedDialoguesJob(deps),
    deleteOldBroadcastsJob(deps),
  ];
}

/** Deletes profiles without contact for RETENTION_INACTIVE_MONTHS (their open signups are withdrawn, coordinators told). */
export function eraseInactiveResidentsJob(deps: RetentionJobDeps): Job {
  const { inactiveResidentMonths } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.inactiveResidents,
    async run({ now, logger }) {
      // Calendar months, as the privacy notice counts them, turned into the days the service takes.
      const retentionDays = (now.getTime() - monthsBefore(now, inactiveResidentMonths).getTime()) / DAY_MS;
      return eraseInactiveResidents({ prisma: deps.prisma, now, retentionDays, logger, ...(deps.wakeOutbox ? { wakeOutbox: deps.wakeOutbox } : {}) });
    },
  });
}

/** Telegram re-delivers for a day at most; older update_ids need no remembering (RETENTION_TELEGRAM_UPDATE_HOURS). */
export function deleteOldTelegramUpdatesJob(deps: RetentionJobDeps): Job {
  const { telegramUpdateHours } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.telegramUpdates,
    async run({ now }) {
      return deleteOldTelegramUpdates({ prisma: deps.prisma, now, retentionMs: telegramUpdateHours * HOUR_MS });
    },
  });
}

/** Clears the message and status reasons of signups declined or withdrawn RETENTION_SIGNUP_TEXT_MONTHS ago. */
export function clearSignupTextsJob(deps: RetentionJobDeps): Job {
  const { signupTextMonths } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.signupTexts,
    async run({ now }) {
      return clearEndedSignupTexts({ prisma: deps.prisma, now, months: signupTextMonths });
    },
  });
}

/** Deletes conversations with the team RETENTION_CONVERSATION_MONTHS after they are over. */
export function deleteOldConversationsJob(deps: RetentionJobDeps): Job {
  const { conversationMonths } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.conversations,
    async run({ now }) {
      return deleteOldConversations({ prisma: deps.prisma, now, months: conversationMonths });
    },
  });
}

/** Deletes the check-ins of signups that ended RETENTION_CONVERSATION_MONTHS ago. */
export function deleteOldCheckInsJob(deps: RetentionJobDeps): Job {
  const { conversationMonths } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.checkIns,
    async run({ now }) {
      return deleteEndedCheckIns({ prisma: deps.prisma, now, months: conversationMonths });
    },
  });
}

/** Clears the Führungszeugnis dates of signups that ended RETENTION_CERTIFICATE_MONTHS ago (§ 72a (5) SGB VIII). */
export function clearCertificateDatesJob(deps: RetentionJobDeps): Job {
  const { certificateMonths } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.certificates,
    async run({ now }) {
      return clearEndedCertificates({ prisma: deps.prisma, now, months: certificateMonths });
    },
  });
}

/** Deletes delivered and parked notifications RETENTION_NOTIFICATION_DAYS after delivery or parking. */
export function deleteOldNotificationsJob(deps: RetentionJobDeps): Job {
  const { notificationDays } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.notifications,
    async run({ now }) {
      return deleteOldNotifications({ prisma: deps.prisma, now, days: notificationDays });
    },
  });
}

/** Deletes dialogues left in the middle RETENTION_DIALOGUE_DAYS after they last moved. */
export function deleteAbandonedDialoguesJob(deps: RetentionJobDeps): Job {
  const { dialogueDays } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.dialogues,
    async run({ now }) {
      return deleteAbandonedDialogues({ prisma: deps.prisma, now, days: dialogueDays });
    },
  });
}

/** Deletes coordinators' messages to volunteers RETENTION_SIGNUP_TEXT_MONTHS after they were written. */
export function deleteOldBroadcastsJob(deps: RetentionJobDeps): Job {
  const { signupTextMonths } = settingsOf(deps);
  return retentionJob(deps, {
    name: RETENTION_JOBS.broadcasts,
    async run({ now }) {
      return deleteOldBroadcasts({ prisma: deps.prisma, now, months: signupTextMonths });
    },
  });
}
