import type { SiteConfig } from "../config/site-config.ts";
import type { Objection } from "../domain/objection.ts";
import type { Channel } from "../domain/session-state.ts";
import type { Cart, Money } from "../store/store-schemas.ts";
import { storeOrigin } from "../store/store-config.ts";
import { followUpCopy, type FollowUpLanguage } from "./follow-up-copy.ts";
import { FollowUpEmail } from "./follow-up-email.tsx";
import { answerObjection, type AnswerFacts } from "./objection-answer.ts";

export interface FollowUpInput extends AnswerFacts {
  site: SiteConfig;
  cart: Cart;
  /** Objection codes found in chat, oldest first; the latest one with a concrete answer is used. */
  objections: Objection[];
  resumeUrl: string;
  channel: Channel;
  language: FollowUpLanguage;
  /** Email: the signed one-click unsubscribe link and the store's postal address for the footer. */
  unsubscribeUrl?: string;
  senderAddress?: string;
}

export type FollowUpContent =
  | { channel: "email"; subject: string; html: string; text: string }
  | { channel: "sms" | "whatsapp"; text: string };

function money(amount: Money, language: FollowUpLanguage): string {
  return new Intl.NumberFormat(language, { style: "currency", currency: amount.currency }).format(amount.amount / 100);
}

/** Store images may be relative to the store; mail clients need absolute URLs. */
function absolute(url: string, base: string): string | null {
  return URL.canParse(url, base) ? new URL(url, base).toString() : null;
}

/**
 * The follow-up message for one step: the items left, the answer to the shopper's doubt, the
 * resume link and how to opt out. Never leads with a discount: offers stay with the policy engine.
 */
export function composeFollowUp(input: FollowUpInput): FollowUpContent {
  const { site, cart, language } = input;
  const t = followUpCopy[language];
  const answer = answerObjection(input.objections, input, language);
  const first = cart.lines[0]?.title ?? site.name;
  if (input.channel !== "email") {
    const text = [t.smsLead(site.name, first), answer, `${t.finish} ${input.resumeUrl}`, t.optOutText].filter(Boolean).join(" ");
    return { channel: input.channel, text };
  }
  const lines = cart.lines.map((line) => {
    const image = input.products?.find((p) => p.id === line.productId)?.image;
    return {
      title: line.title,
      variantTitle: line.variantTitle,
      quantity: line.quantity,
      lineTotal: money(line.lineTotal, language),
      image: image ? absolute(image, storeOrigin(site.store)) : null,
    };
  });
  const total = money(cart.total, language);
  const footer = { unsubscribeUrl: input.unsubscribeUrl ?? null, senderAddress: input.senderAddress ?? null };
  const html =
    "<!doctype html>" + FollowUpEmail({ storeName: site.name, color: site.brand.color, language, lines, total, answer, resumeUrl: input.resumeUrl, ...footer }).toString();
  const text = [
    t.greeting,
    "",
    t.intro(site.name),
    ...(answer ? ["", answer] : []),
    "",
    `${t.itemsHeading}:`,
    ...lines.map((l) => `- ${l.title} (${l.variantTitle}) × ${l.quantity}: ${l.lineTotal}`),
    `${t.total}: ${total}`,
    "",
    `${t.linkIntro} ${input.resumeUrl}`,
    "",
    t.questions,
    t.optOutEmail,
    ...(input.unsubscribeUrl ? [`${t.unsubscribe}: ${input.unsubscribeUrl}`] : []),
    ...(input.senderAddress ? ["", `${site.name} · ${input.senderAddress}`] : []),
  ].join("\n");
  return { channel: "email", subject: t.subject(first), html, text };
}
