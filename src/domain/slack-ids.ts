// What Slack ids look like, for the places that accept or show them (the network file, the
// configuration, mentions, the status history). Slack ids are opaque; these shapes catch the
// common slip of a user id where a channel id belongs, and text that is no id at all.

/** A user: U…, or W… in Enterprise Grid. */
export const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;
/** A public (C…) or private (G…) channel. */
export const SLACK_CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;
