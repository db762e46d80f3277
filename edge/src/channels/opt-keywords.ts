import type { Channel } from "../domain/session-state.ts";

/**
 * Opt-out and opt-in keywords, matched on the whole message, case-insensitively, so "stop" opts
 * out but "don't stop me now" is a normal reply. SMS uses the carrier list Twilio enforces
 * (the number is blocked by Twilio on these anyway); other channels only the unambiguous words,
 * because "cancel" or "yes" there is usually an answer to the agent.
 */
const smsOptOut = new Set(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"]);
const optOut = new Set(["STOP", "UNSUBSCRIBE", "ABMELDEN"]);
const optIn = new Set(["START", "UNSTOP"]);

export function optKeyword(text: string, channel: Channel): "opt_out" | "opt_in" | null {
  const word = text.trim().replace(/[.!]+$/, "").toUpperCase();
  if ((channel === "sms" ? smsOptOut : optOut).has(word)) return "opt_out";
  if (optIn.has(word)) return "opt_in";
  return null;
}
