/** Where Slack posts interactions and events when it uses our HTTP front (not Socket Mode). */
export const SLACK_EVENTS_PATH = "/slack/events";
