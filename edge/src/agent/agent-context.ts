import type { UIMessage } from "ai";
import type { SiteConfig } from "../config/site-config.ts";
import type { Objection } from "../domain/objection.ts";
import type { Channel, Group, SessionState, SignalType } from "../domain/session-state.ts";
import type { CartOffers } from "../policy/cart-offers.ts";
import type { StoreAdapter } from "../store/store-adapter.ts";

/**
 * The seam between the platform (Hono routes, Session Durable Object) and the agent core
 * (tools, policy engine, models). The agent core is web-standard only, so it runs in Node tests.
 */

export interface ObjectionRecord {
  code: Objection;
  at: number;
  /** True once the agent answered it from store data (the policy engine needs this before an offer). */
  addressed: boolean;
}

export interface OfferDecision {
  objection: Objection;
  granted: boolean;
  /** The offer that was granted, or that was considered last when refused. */
  offerId: string | null;
  code: string | null;
  /** Discount in minor units the store applied (granted only). */
  amount: number;
  /** Why the policy engine said yes or no, e.g. "min_subtotal_not_met". */
  reason: string;
  at: number;
}

export interface Contact {
  email?: string;
  phone?: string;
  /** Consent given by an explicit shopper action; it counts only once that address is verified. */
  consent: Record<Channel, boolean>;
  /** Confirmed by the shopper (email link, SMS/WhatsApp YES); changing an address resets it. */
  verified: { email: boolean; phone: boolean };
}

export interface SessionSnapshot {
  sessionId: string;
  siteId: string;
  cartId: string;
  visitorId: string | null;
  group: Group;
  state: SessionState;
  objections: ObjectionRecord[];
  offers: OfferDecision[];
  contact: Contact;
  /** The trigger that opened the widget proactively, if any, and the page it happened on. */
  trigger: SignalType | null;
  page: string | null;
  /** Shopper language when known (page lang or config); the built-in model also detects it per message. */
  language: "en" | "de" | null;
  /** The customer the store vouched for (identity verification); null for an anonymous shopper. */
  customer: { id: string; email: string | null; verified: true } | null;
}

/** Durable writes the tools make through the session; the Durable Object implements them. */
export interface SessionEffects {
  recordObjection(code: Objection): Promise<void>;
  markAddressed(code: Objection): Promise<void>;
  recordOffer(decision: OfferDecision): Promise<void>;
  /** Stores an address the shopper typed, unverified and without consent (never consent from a model). */
  saveContact(contact: { email?: string; phone?: string }): Promise<void>;
  /** notified: the merchant was told on at least one channel (only then is the conversation held for a person). */
  handover(reason: string): Promise<{ notified: boolean }>;
}

export interface ModelEnv {
  MODEL?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
}

export interface TurnInput {
  site: SiteConfig;
  session: SessionSnapshot;
  store: StoreAdapter;
  env: ModelEnv;
  effects: SessionEffects;
  /** The offers the cart holds across its sessions (policy/cart-offers.ts). */
  cartOffers: CartOffers;
  /** The recent history (conversation-window.ts), the new user message last (empty plus `opener` for a proactive opener). */
  messages: UIMessage[];
  /** How many older messages the window left out; the model gets the session's running facts instead. */
  omittedMessages?: number;
  opener?: { trigger: SignalType; page: string | null };
  abortSignal?: AbortSignal;
  /** Called once with the full history including the new assistant message. */
  onFinish(messages: UIMessage[]): Promise<void> | void;
}
