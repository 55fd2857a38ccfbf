export {
  DEFAULT_FAKE_BOT_TOKEN,
  FAKE_BOT_ID,
  FAKE_BOT_INFO,
  FakeBotApi,
  startFakeBotApi,
  startPolling,
} from "./fake-bot-api";
export type {
  AnyReplyMarkup,
  CallbackQueryRecord,
  CallFilter,
  ChatEvent,
  FakeBotApiObserver,
  FakeBotApiOptions,
  InjectedFailure,
  PollingBot,
  PollingHandle,
  RecordedCall,
  SentDocument,
  TranscriptMessage,
  UpdateBody,
} from "./fake-bot-api";
export { TestUser } from "./test-user";
export type { ActionOptions, ButtonMatcher, CallbackAnswer, TestUserProfile } from "./test-user";
