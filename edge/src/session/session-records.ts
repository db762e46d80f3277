import { z } from "zod";
import type { Contact, ObjectionRecord, OfferDecision } from "../agent/agent-context.ts";
import { Objection } from "../domain/objection.ts";
import { Group, SessionState, SignalType } from "../domain/session-state.ts";

/** Zod schemas for what the Durable Object reads back from its SQLite tables. */

export const ContactRecord = z.object({
  email: z.string().optional(),
  phone: z.string().optional(),
  consent: z.object({ email: z.boolean(), sms: z.boolean(), whatsapp: z.boolean() }),
  /** Rows stored before verification existed hold unconfirmed addresses. */
  verified: z.object({ email: z.boolean(), phone: z.boolean() }).default({ email: false, phone: false }),
}) satisfies z.ZodType<Contact>;

export const VerifiedCustomerRecord = z.object({ id: z.string(), email: z.string().nullable() });

export const SessionRow = z.object({
  session_id: z.string(),
  site_id: z.string(),
  cart_id: z.string(),
  visitor_id: z.string().nullable(),
  grp: Group,
  state: SessionState,
  trigger_type: SignalType.nullable(),
  page: z.string().nullable(),
  language: z.enum(["en", "de"]).nullable(),
  contact: z.string().transform((text) => ContactRecord.parse(JSON.parse(text))),
  handover_reason: z.string().nullable(),
  /** The customer the store vouched for at session creation (customerHash), or null. */
  customer: z
    .string()
    .nullable()
    .transform((text) => (text === null ? null : VerifiedCustomerRecord.parse(JSON.parse(text)))),
  created_at: z.number(),
  updated_at: z.number(),
});
export type SessionRow = z.infer<typeof SessionRow>;

export const ObjectionRow = z
  .object({ code: Objection, at: z.number(), addressed: z.number() })
  .transform((row): ObjectionRecord => ({ code: row.code, at: row.at, addressed: row.addressed === 1 }));

export const OfferRecord = z.object({
  objection: Objection,
  granted: z.boolean(),
  offerId: z.string().nullable(),
  code: z.string().nullable(),
  amount: z.number(),
  reason: z.string(),
  at: z.number(),
}) satisfies z.ZodType<OfferDecision>;

export const SignalRow = z.object({ type: SignalType, at: z.number(), data: z.string().nullable() });
