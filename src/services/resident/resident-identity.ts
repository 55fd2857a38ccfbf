/** Who is writing, as the channel knows them. Only what the resident consents to is stored. */
export interface ResidentIdentity {
  channel: "telegram" | "console";
  channelUserId: string;
  firstName: string | null;
  telegramUsername: string | null;
}
