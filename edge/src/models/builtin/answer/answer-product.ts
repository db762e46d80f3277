import { rankAlternatives } from "../rank-alternatives.ts";
import type { ToolExchange } from "../read-prompt.ts";
import { ChangeLineResult, Failed, OutOfStock, ProductResult, SizeAdvice, StockResult } from "../tool-results.ts";
import { cartVariantIds, type TurnContext } from "../turn-context.ts";
import { normalizeText } from "../intents/normalize-text.ts";
import { formatList, formatMoney, sentence } from "./format.ts";
import type { Phrases } from "./phrases-en.ts";

const lowStock = 3;

/** "M / Navy": the variant's own option values (size first), so the answer names the colour it is about. */
export function optionLabel(options: Record<string, string | undefined>): string {
  const { size, ...rest } = options;
  return [size, ...Object.values(rest)].filter((v) => v !== undefined && v !== "").join(" / ");
}

/** "XS to XL" for sizes (a range in the product's order), "Navy and Oatmeal" for anything else. */
function madeInList(option: string, values: string[], ctx: TurnContext, p: Phrases): string {
  const [first, last] = [values[0], values.at(-1)];
  if (option === "size" && first && last && values.length > 2) return p.range(first, last);
  return formatList(values, ctx.language);
}

/** Stock for the requested option; when it is out, the in-stock alternatives and similar products. */
export function answerStock(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = StockResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const stock = parsed.data;
  const title = stock.product.title;
  if (stock.notMade) {
    const { option, value, madeIn } = stock.notMade;
    return [p.notMade(title, value, madeInList(option, madeIn, ctx, p))];
  }
  if (stock.noSizeBeyond) {
    const edge = stock.noSizeBeyond === "bigger" ? stock.sizes.at(-1) : stock.sizes[0];
    return edge ? [p.noSizeBeyond(title, edge, stock.noSizeBeyond, madeInList("size", stock.sizes, ctx, p))] : null;
  }
  const requested = optionLabel(stock.requested);
  const label = requested ? p.variantLabel(title, requested) : title;
  if (stock.inStock) {
    // A store that knows only levels: say low or in stock, never a count.
    if (stock.matches.some((m) => m.inventory === undefined)) {
      return [stock.matches.some((m) => m.stockLevel === "in_stock") ? p.stockInLevel(label) : p.stockInLowLevel(label)];
    }
    const count = stock.matches.reduce((sum, m) => sum + Math.max(0, m.inventory ?? 0), 0);
    return [count <= lowStock ? p.stockInLow(label, count) : p.stockIn(label, count)];
  }
  // After a failed swap the swap sentence already said it is sold out.
  const swapFailed = ctx.view.turn.some((e) => e.toolName === "changeCartLine" && !ChangeLineResult.safeParse(e.output).success);
  const sentences = swapFailed ? [] : [p.stockOut(label)];
  const inCart = cartVariantIds(ctx);
  const alternatives = rankAlternatives(stock.alternatives, stock.requested["size"], stock.sizes).filter((a) => !inCart.has(a.variantId)).slice(0, 3);
  if (alternatives.length > 0) sentences.push(p.alternatives(formatList(alternatives.map((a) => optionLabel(a.options) || a.title), ctx.language)));
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
  const english = ctx.language === "en";
  const notes = [advice.guideNote, advice.fitNotes].filter((n): n is string => typeof n === "string" && n !== "");
  // The guide's own advice for "between sizes"; German speakers get it without the English prose.
  const between = /larger|size up|bigger/i.test(notes.join(" ")) ? "larger" : /smaller|size down/i.test(notes.join(" ")) ? "smaller" : null;
  const guideAdvice = notes.flatMap((n) => n.split(/(?<=\.)\s+/)).find((n) => /between|size up|size down|larger|smaller/i.test(n));
  const betweenAdvice = ctx.detected.betweenSizes && between ? [english && guideAdvice ? sentence(p.guideSays(guideAdvice)) : p.betweenAdvice(between)] : [];
  // The tool's reason is English prose; German speakers get the recommendation without it.
  const reason = english ? sentence(advice.reason) : "";
  const fit = advice.fitNotes && english ? [sentence(p.fitNotes(advice.fitNotes))] : [];
  // No recommendation: the answer's next step asks for the measurements instead.
  if (!advice.recommended) return [...betweenAdvice, ...fit];
  const sentences = [...betweenAdvice, p.sizeRecommend(advice.recommended, reason).replace(/: $/, ".")];
  if (!advice.inStock) sentences.push(p.sizeSoldOut(advice.recommended));
  else if (advice.variantId && cartVariantIds(ctx).has(advice.variantId)) sentences.push(p.sizeInCart);
  return [...sentences, ...fit];
}

/** Compatibility with the named device, or rating and materials for a quality question. */
export function answerProduct(exchange: ToolExchange, ctx: TurnContext, p: Phrases): string[] | null {
  const parsed = ProductResult.safeParse(exchange.output);
  if (!parsed.success) return null;
  const product = parsed.data.product;
  const sentences: string[] = [];
  if (ctx.detected.intents.includes("compatibility")) {
    sentences.push(compatibility(product.title, product.compatibleWith ?? [], ctx.detected.entities.device, ctx, p));
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

/** Model names compared as tokens: "iPhone 15" is not "iPhone 15 Pro", and "iPhone" alone names no model. */
const modelKey = (name: string) =>
  normalizeText(name).replace(/^(samsung|google|apple) /, "").replace(/\+/g, " plus").replace(/\s+/g, " ").trim();

function compatibility(title: string, list: string[], device: string | undefined, ctx: TurnContext, p: Phrases): string {
  if (list.length === 0) return p.compatUnknown(title);
  if (!device) return p.compatList(title, formatList(list, ctx.language));
  const key = modelKey(device);
  const listed = list.find((item) => modelKey(item) === key);
  if (listed) return p.compatYes(title, listed);
  const family = list.filter((item) => modelKey(item).startsWith(`${key} `));
  if (!/\d/.test(key) && family.length > 0) return p.compatWhich(title, formatList(family, ctx.language));
  return p.compatNo(title, device, formatList(list, ctx.language));
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
