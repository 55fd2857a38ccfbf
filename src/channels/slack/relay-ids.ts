// Ids of the Slack elements of the relay between residents and coordinators ("Frage an das
// Team"): the "Antworten" buttons and the modal they open. Shared by the messages that show
// the buttons and the listeners that handle them.

/** "Antworten" under a resident's question; value: the conversation (RelayThread) id. */
export const RELAY_ANSWER_ACTION_ID = "relay_answer";
/** "Antworten" under a signup message; value: the signup id. */
export const SIGNUP_ANSWER_ACTION_ID = "signup_answer";
/** The modal in which a coordinator writes the answer. */
export const RELAY_ANSWER_VIEW_ID = "relay_answer_modal";
