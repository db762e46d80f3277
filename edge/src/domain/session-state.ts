import { z } from "zod";

/** browsing → at_risk → engaged → (recovered | lost), plus human after a handover. */
export const SessionState = z.enum(["browsing", "at_risk", "engaged", "recovered", "lost", "human"]);
export type SessionState = z.infer<typeof SessionState>;

export const SignalType = z.enum([
  "exit_intent",
  "idle",
  "tab_hidden",
  "tab_visible",
  "page_close",
  "checkout_step",
  "widget_opened",
  "widget_closed",
  "checkout_link_clicked",
]);
export type SignalType = z.infer<typeof SignalType>;

export const Group = z.enum(["agent", "holdout"]);
export type Group = z.infer<typeof Group>;

export const Channel = z.enum(["email", "sms", "whatsapp"]);
export type Channel = z.infer<typeof Channel>;
