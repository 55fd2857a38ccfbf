// The side effects flows may name. Flow files are checked against these names at start-up.
import type { ActionResult } from "../../domain/flows/engine";
import type { ActionContext } from "../conversation-deps";
import { firstOfferPage, nextOfferPage, recommend } from "./recommendation-actions";
import { applyLocale, eraseResidentAction, loadResident, recordConsentAction, saveProfile } from "./resident-actions";
import { answerCheckInAction, keepOrWithdrawSignup, loadQuestionTopics, sendQuestion } from "./follow-up-actions";
import { createSignupAction, listSignups, showOpportunity, withdrawSignupAction } from "./signup-actions";
import { openStartOffer } from "./deep-link-actions";
import { loadPrivacyContacts } from "./privacy-actions";
import { exportMyData } from "./my-data-actions";

export type FlowAction = (context: ActionContext) => Promise<ActionResult>;

export const FLOW_ACTIONS: Readonly<Record<string, FlowAction>> = {
  load_resident: loadResident,
  apply_locale: applyLocale,
  record_consent: recordConsentAction,
  save_profile: saveProfile,
  erase_resident: eraseResidentAction,
  first_offer_page: firstOfferPage,
  next_offer_page: nextOfferPage,
  recommend,
  show_opportunity: showOpportunity,
  create_signup: createSignupAction,
  list_signups: listSignups,
  withdraw_signup: withdrawSignupAction,
  keep_or_withdraw_signup: keepOrWithdrawSignup,
  answer_check_in: answerCheckInAction,
  load_question_topics: loadQuestionTopics,
  send_question: sendQuestion,
  open_start_offer: openStartOffer,
  load_privacy_contacts: loadPrivacyContacts,
  export_my_data: exportMyData,
};
