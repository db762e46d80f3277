import { z } from "zod";
import { Objection } from "../domain/objection.ts";
import { Channel } from "../domain/session-state.ts";
import { SecretName, StoreConfig } from "../store/store-config.ts";

/** One typed, validated document per site (docs/edge-api.md "Site configuration"). Money in minor units. */
export const Offer = z.object({
  id: z.string().min(1).max(64),
  code: z.string().min(1).max(64),
  kind: z.enum(["percent", "fixed", "free_shipping"]),
  /** percent: 1..100; fixed: minor units; free_shipping: ignored (0). */
  value: z.number().int().nonnegative(),
  minSubtotal: z.number().int().nonnegative().default(0),
  objections: z.array(Objection).min(1),
  /** Category names the offer is limited to; empty means the whole cart. */
  collections: z.array(z.string()).default([]),
  /** A verified customer gets this offer once, on any cart (anonymous shoppers: once per cart). */
  onePerCustomer: z.boolean().default(true),
  /** free_shipping: the destinations the store's code makes free (empty: everywhere it ships). Prices it. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, "ISO country code, e.g. DE")).default([]),
  /** Only offer after the objection was answered once without a discount. */
  requireAddressedFirst: z.boolean().default(true),
});
export type Offer = z.infer<typeof Offer>;

export const FollowUpStep = z.object({
  channel: Channel,
  delayMinutes: z.number().nonnegative(),
});
export type FollowUpStep = z.infer<typeof FollowUpStep>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");

export const SiteConfig = z.object({
  siteId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lowercase letters, digits and dashes"),
  name: z.string().min(1).max(120),
  allowedOrigins: z.array(z.url()).min(1),
  store: StoreConfig,
  /**
   * Identity verification: the worker secret holding the key the merchant's server signs
   * customer ids with (`customerHash`). Without it every shopper is anonymous to the tools.
   */
  identity: z.object({ secret: SecretName }).optional(),
  brand: z.object({
    assistantName: z.string().min(1).max(60),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected #rrggbb"),
    greeting: z.string().max(280),
    tone: z.enum(["friendly", "professional", "playful"]).default("friendly"),
    language: z.enum(["en", "de", "auto"]).default("auto"),
    /** The store's name as shoppers know it (handover messages); `name` when unset. */
    storeName: z.string().min(1).max(120).optional(),
  }),
  triggers: z.object({
    exitIntent: z.boolean().default(true),
    idleSeconds: z.number().positive().max(3600).default(45),
    /** URL path prefixes where idle counts (cart and checkout). */
    pages: z.array(z.string().startsWith("/")).default(["/cart", "/checkout"]),
    minCartValue: z.number().int().nonnegative().default(0),
    cooldownMinutes: z.number().nonnegative().default(60 * 24),
    /** Minimum time on a page before exit intent counts. */
    minSecondsOnPage: z.number().nonnegative().default(3),
    maxProactiveOpens: z.number().int().nonnegative().default(1),
  }),
  offers: z.array(Offer).default([]),
  maxDiscountPercent: z.number().min(0).max(100),
  /** How many offers one cart may hold in total, across all its sessions (each offer at most once). */
  maxOffersPerCart: z.number().int().nonnegative().default(1),
  followUp: z.object({
    steps: z.array(FollowUpStep).max(5).default([]),
    quietHours: z.object({ start: hhmm, end: hhmm }).default({ start: "21:00", end: "08:00" }),
    requireConsent: z.boolean().default(true),
    /** Minutes a hidden or closed tab may stay away before the cart counts as abandoned. */
    graceMinutes: z.number().nonnegative().default(30),
    /** Minutes without any activity before the cart counts as abandoned. */
    inactivityMinutes: z.number().positive().default(60),
    /**
     * Countries (ISO codes) whose phone numbers may get SMS/WhatsApp; unset: the countries the
     * store ships to (Store API policies `shipping.countries`). Premium ranges abroad are what SMS
     * pumping uses.
     */
    phoneCountries: z.array(z.string().regex(/^[A-Z]{2}$/, "ISO country code, e.g. DE")).optional(),
    /** The store's postal address for the footer of follow-up emails (required to send them). */
    senderAddress: z.string().trim().min(5).max(300).optional(),
  }),
  escalation: z.object({
    keywords: z.array(z.string()).default(["human", "agent", "mensch", "mitarbeiter"]),
    vipMinLifetimeValue: z.number().int().nonnegative().default(100000),
    handoff: z.object({ email: z.email().optional(), webhookUrl: z.url().optional() }).default({}),
    /** Minutes without a person's reply before the shopper is told so and the assistant takes over again. */
    humanReplyTimeoutMinutes: z.number().positive().max(24 * 60).default(10),
  }),
  holdoutPercent: z.number().min(0).max(100).default(10),
  attributionWindowHours: z.number().positive().max(24 * 90).default(72),
});
export type SiteConfig = z.infer<typeof SiteConfig>;
/** What an admin PUTs: defaults filled in by parsing. */
export type SiteConfigInput = z.input<typeof SiteConfig>;
