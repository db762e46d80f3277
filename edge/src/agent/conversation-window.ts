import type { SessionSnapshot } from "./agent-context.ts";

/**
 * How many stored messages a turn sends to the model. Older ones stay in the session (the
 * shopper's transcript) but reach the model only as the running facts below, so a turn's cost
 * does not grow with the conversation.
 */
export const historyWindow = 12;

/** The session's running facts, for the messages the window leaves out. */
export function earlierContext(session: Pick<SessionSnapshot, "objections" | "offers" | "contact">, omitted: number): string | null {
  if (omitted <= 0) return null;
  const objections = session.objections.map((o) => `${o.code}${o.addressed ? " (answered)" : ""}`).join(", ") || "none";
  const offers =
    session.offers.map((o) => (o.granted ? `${o.code ?? "offer"} granted for ${o.objection}` : `refused for ${o.objection} (${o.reason})`)).join("; ") || "none";
  const contact = [session.contact.email ? "email" : null, session.contact.phone ? "phone" : null].filter(Boolean).join(" and ") || "none";
  return [
    "",
    `Earlier in this conversation (${omitted} older messages are not shown):`,
    `- objections raised: ${objections}`,
    `- offers: ${offers}`,
    `- contact details given: ${contact}`,
  ].join("\n");
}
