import type { UIMessage } from "ai";
import { recordEvent } from "../analytics/record-event.ts";
import { recordSafely } from "../analytics/record-safely.ts";
import { channelSenders } from "../channels/channel-senders.ts";
import type { SiteConfig } from "../config/site-config.ts";
import type { Objection } from "../domain/objection.ts";
import { composeFollowUp, type FollowUpContent } from "../followup/compose-follow-up.ts";
import { dispatchFollowUp } from "../followup/dispatch-follow-up.ts";
import { contactLinkUrl } from "../followup/contact-links.ts";
import { resumeUrl } from "../followup/resume-link.ts";
import type { DueStep } from "../followup/run-follow-ups.ts";
import type { Cart, Product } from "../store/store-schemas.ts";
import type { StoreAdapter } from "../store/store-adapter.ts";
import { fail, ok, type Result } from "../store/result.ts";
import type { SessionRow } from "./session-records.ts";

const resumeLinkDays = 14;

export interface StepContext {
  site: SiteConfig;
  row: SessionRow;
  cart: Cart;
  store: StoreAdapter;
  objections: Objection[];
  recipient: { email: string | null; phone: string | null; country: string | null; lastWhatsAppInboundAt: number | null };
  /** The worker env (provider settings) and the two values the links need. */
  env: object;
  publicUrl: string | undefined;
  secret: string;
  db: D1Database;
  now: number;
  /** Appends the sent message to the session transcript. */
  appendMessage(message: UIMessage): void;
}

async function productsOf(store: StoreAdapter, cart: Cart): Promise<Product[]> {
  const ids = [...new Set(cart.lines.map((line) => line.productId))];
  const results = await Promise.all(ids.map((id) => store.getProduct(id)));
  return results.flatMap((r) => (r.ok ? [r.value] : []));
}

/** Facts for answering the objection; only fetched when there is one to answer. */
async function answerFacts(ctx: StepContext) {
  if (ctx.objections.length === 0) return {};
  const [policies, rates] = await Promise.all([
    ctx.store.getPolicies(),
    ctx.store.getShippingRates({ cartId: ctx.cart.id, ...(ctx.recipient.country ? { country: ctx.recipient.country } : {}) }),
  ]);
  return { policies: policies.ok ? policies.value : null, shippingRates: rates.ok ? rates.value : [] };
}

function transcriptText(content: FollowUpContent): string {
  return content.channel === "email" ? `${content.subject}\n\n${content.text}` : content.text;
}

/**
 * What every follow-up email must carry (CAN-SPAM, RFC 8058): a signed unsubscribe link for this
 * session and address, and the store's postal address. Null for SMS and WhatsApp.
 */
export async function emailFooter(
  step: Pick<DueStep, "channel">,
  ctx: Pick<StepContext, "site" | "row" | "recipient" | "secret" | "now"> & { publicUrl: string },
): Promise<Result<{ unsubscribeUrl: string; senderAddress: string }> | null> {
  if (step.channel !== "email") return null;
  const senderAddress = ctx.site.followUp.senderAddress;
  if (!senderAddress) return fail("sender_address_missing", "followUp.senderAddress (the store's postal address) is required for follow-up emails.");
  if (!ctx.recipient.email) return fail("no_address", "The shopper has no address for email.");
  const claims = { siteId: ctx.row.site_id, sessionId: ctx.row.session_id, channel: step.channel, address: ctx.recipient.email };
  return ok({ unsubscribeUrl: await contactLinkUrl(ctx.publicUrl, ctx.secret, "unsubscribe", claims, ctx.now), senderAddress });
}

/** One due step: sign the resume link, compose from the cart and the chat, send on the step's channel. */
export async function sendFollowUpStep(step: DueStep, ctx: StepContext): Promise<Result<{ messageId: string }>> {
  const publicUrl = ctx.publicUrl;
  if (!publicUrl) return fail("public_url_not_configured", "PUBLIC_URL is not set, so no resume link can be made.");
  const { site, row, cart } = ctx;
  const url = await resumeUrl(publicUrl, ctx.secret, {
    siteId: row.site_id,
    sessionId: row.session_id,
    cartId: row.cart_id,
    channel: step.channel,
    stepIndex: step.stepIndex,
    exp: Math.floor(ctx.now / 1000) + resumeLinkDays * 24 * 60 * 60,
  });
  const email = await emailFooter(step, { ...ctx, publicUrl });
  if (email !== null && !email.ok) return email;
  const [products, facts] = await Promise.all([productsOf(ctx.store, cart), answerFacts(ctx)]);
  const language = row.language ?? (site.brand.language === "de" ? "de" : "en");
  const footer = email?.value ?? {};
  const content = composeFollowUp({ site, cart, objections: ctx.objections, resumeUrl: url, channel: step.channel, language, products, ...facts, ...footer });
  const sent = await dispatchFollowUp(content, ctx.recipient, channelSenders(ctx.env, ctx.publicUrl, ctx.db), {
    itemTitle: cart.lines[0]?.title ?? site.name,
    resumeUrl: url,
    now: ctx.now,
    tag: { siteId: row.site_id, sessionId: row.session_id, kind: "followup" },
    ...footer,
  });
  if (!sent.ok) {
    console.warn(`cart-saver: follow-up step ${step.stepIndex} (${step.channel}) of ${row.session_id} failed: ${sent.code} ${sent.message}`);
    return sent;
  }
  ctx.appendMessage({
    id: `followup-${step.stepIndex}`,
    role: "assistant",
    parts: [{ type: "text", text: transcriptText(content) }],
    metadata: { channel: step.channel, followUpStep: step.stepIndex, providerMessageId: sent.value.messageId },
  });
  const event = { siteId: row.site_id, sessionId: row.session_id, id: `${row.session_id}:followup:${step.stepIndex}` };
  await recordSafely("followup_sent", () => recordEvent(ctx.db, { ...event, type: "followup_sent", channel: step.channel, step: step.stepIndex, at: ctx.now }));
  return sent;
}
