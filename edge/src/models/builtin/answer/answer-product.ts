import { rankAlternatives } from "../rank-alternatives.ts";
import type { ToolExchange } from "../read-prompt.ts";
import { ChangeLineResult, Failed, OutOfStock, ProductResult, SizeAdvice, StockResult } from "../tool-results.ts";
import { cartVariantIds, type TurnContext } from "../turn-context.ts";
import { formatList, formatMoney, sentence } from "./format.ts";
import type { Phrases } from "./phrases-en.ts";

const lowStock = 3;

/** Stock for the requested option; when it is out, the in-stock alternatives and similar products. */
export function answerStock(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = StockResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const stock = parsed.data;
  const requested = [stock.requested.size, stock.requested.color].filter((v) => v !== undefined).join(" / ");
  const label = requested ? `${stock.product.title} (${requested})` : stock.product.title;
  if (stock.inStock) {
    const count = stock.matches.reduce((sum, m) => sum + Math.max(0, m.inventory), 0);
    return [count <= lowStock ? p.stockInLow(label, count) : p.stockIn(label, count)];
  }
  // After a failed swap the swap sentence already said it is sold out.
  const swapFailed = ctx.view.turn.some((e) => e.toolName === "changeCartLine" && !ChangeLineResult.safeParse(e.output).success);
  const sentences = swapFailed ? [] : [p.stockOut(label)];
  const inCart = cartVariantIds(ctx);
  const alternatives = rankAlternatives(stock.alternatives, stock.requested.size).filter((a) => !inCart.has(a.variantId)).slice(0, 3);
  if (alternatives.length > 0) sentences.push(p.alternatives(formatList(alternatives.map((a) => a.title), ctx.language)));
  else if (stock.similarProducts.length > 0) {
    const similar = stock.similarProducts.slice(0, 2).map((s) => `${s.title} (${formatMoney(s.price, ctx.language)})`);
    sentences.push(p.similar(formatList(similar, ctx.language)));
  }
  return sentences;
}

export function answerSize(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const failed = Failed.safeParse(exchange.output);
  if (failed.success && failed.data.code === "no_size_guide") return [p.noSizeGuide];
  const parsed = SizeAdvice.safeParse(exchange.output);
  if (!parsed.success) return null;
  const advice = parsed.data;
  // The tool's reason is English prose; German speakers get the recommendation without it.
  const reason = ctx.language === "en" ? sentence(advice.reason) : "";
  // No recommendation: the answer's next step asks for the measurements instead.
  if (!advice.recommended) return advice.fitNotes && ctx.language === "en" ? [sentence(p.fitNotes(advice.fitNotes))] : [];
  const sentences = [p.sizeRecommend(advice.recommended, reason).replace(/: $/, ".")];
  if (!advice.inStock) sentences.push(p.sizeSoldOut(advice.recommended));
  else if (advice.variantId && cartVariantIds(ctx).has(advice.variantId)) sentences.push(p.sizeInCart);
  if (advice.fitNotes && ctx.language === "en") sentences.push(sentence(p.fitNotes(advice.fitNotes)));
  return sentences;
}

/** Compatibility with the named device, or rating and materials for a quality question. */
export function answerProduct(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = ProductResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const product = parsed.data.product;
  const sentences: string[] = [];
  if (ctx.detected.intents.includes("compatibility")) {
    const list = product.compatibleWith ?? [];
    const device = ctx.detected.entities.device;
    const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (list.length === 0) sentences.push(p.compatUnknown(product.title));
    else if (!device) sentences.push(p.compatList(product.title, formatList(list, ctx.language)));
    else {
      const match = list.find((item) => squash(item).includes(squash(device)) || squash(device).includes(squash(item)));
      sentences.push(match ? p.compatYes(product.title, match) : p.compatNo(product.title, device, formatList(list, ctx.language)));
    }
  }
  if (ctx.detected.intents.includes("product_quality")) {
    const rating = product.rating;
    if (rating && typeof rating === "object") {
      const average = new Intl.NumberFormat(ctx.language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 }).format(rating.average);
      sentences.push(p.rating(product.title, average, rating.count));
    }
    const details = Object.entries(product.attributes)
      .filter(([, v]) => typeof v === "string")
      .slice(0, 3)
      .map(([k, v]) => `${k}: ${String(v)}`);
    if (details.length > 0) sentences.push(p.attributes(details.join(", ")));
  }
  return sentences.length > 0 ? sentences : null;
}

export function answerSwap(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const changed = ChangeLineResult.safeParse(exchange.output);
  if (changed.success) {
    const { line, cart } = changed.data;
    return [p.swapped(`${line.title} (${line.variantTitle})`, formatMoney(cart.total, ctx.language))];
  }
  const out = OutOfStock.safeParse(exchange.output);
  if (out.success) {
    const { size, color } = ctx.detected.entities;
    const label = [size, color].filter((v) => v !== undefined).join(" / ");
    return [p.swapOutOfStock(label || p.what.swap, out.data.available ?? 0)];
  }
  const failed = Failed.safeParse(exchange.output);
  if (failed.success && failed.data.code === "variant_not_found") return [p.swapNotFound];
  return null;
}
