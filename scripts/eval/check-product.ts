import type { Product, Variant } from "../../edge/src/store/store-schemas.ts";
import type { Reply } from "./chat-client.ts";
import type { Expect } from "./eval-case.ts";
import type { CheckContext } from "./check-context.ts";
import { has, inStock, notMade, sentences, sizeOrder, soldOut, wordPattern } from "./text-facts.ts";

type StockExpect = Extract<Expect, { kind: "stock" }>;

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/** The size the shopper means: named, or one step from the cart's size in the product's own order. */
function targetSize(e: StockExpect, product: Product, current: Variant | undefined): string | undefined {
  if (!e.relative) return e.size;
  const order = sizeOrder(product);
  const at = order.findIndex((s) => same(s, current?.options["size"]));
  return order[at + (e.relative === "bigger" ? 1 : -1)];
}

/** Stock answers: the state of the variant in the cart's colour (unless another is named), from the live product. */
export async function checkStock(e: StockExpect, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const { product, variant: current } = await ctx.cartProduct();
  const color = e.color ?? current?.options["color"];
  // A colour question is about the cart's size; a size question about the cart's colour.
  const size = targetSize(e, product, current) ?? (e.color !== undefined ? current?.options["size"] : undefined);
  const text = reply.text;
  const order = sizeOrder(product);
  if (size !== undefined && !order.some((s) => same(s, size))) {
    const failures: string[] = [];
    if (!has(text, notMade)) failures.push(`should say ${size} is not made`);
    const [first, last] = [order[0], order.at(-1)];
    if (first && last && !(has(text, wordPattern(first)) && has(text, wordPattern(last)))) failures.push(`should give the range ${first}–${last}`);
    return failures;
  }
  const variant = product.variants.find((v) => (size === undefined || same(v.options["size"], size)) && (color === undefined || same(v.options["color"], color)));
  if (!variant) return [`eval: no variant ${size}/${color}`];
  const about = sentences(text).find((s) => (size === undefined || has(s, wordPattern(size))) && (color === undefined || has(s, wordPattern(color))));
  if (!about) return [`no sentence names ${[size, color].filter(Boolean).join(" / ")}`];
  const out = variant.inventory <= 0;
  if (out && !has(about, soldOut)) return [`${variant.title} is sold out (store: 0), answer: "${about}"`];
  if (!out && (has(about, soldOut) || !has(about, inStock))) return [`${variant.title} is in stock (store: ${variant.inventory}), answer: "${about}"`];
  return [];
}

/** The size the live size guide gives for the measurements, shifted by the product's own fit note. */
export async function checkMeasure(e: Extract<Expect, { kind: "measure" }>, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const { product } = await ctx.cartProduct();
  const rows = product.sizeGuide?.rows ?? [];
  const needs: number[] = [];
  const fits = (value: number, max: (i: number) => number | undefined) => {
    const i = rows.findIndex((_, k) => (max(k) ?? -1) >= value);
    needs.push(i >= 0 ? i : rows.length - 1);
  };
  if (e.chest !== undefined) fits(e.chest, (k) => rows[k]?.chest?.[1]);
  if (e.waist !== undefined) fits(e.waist, (k) => rows[k]?.waist?.[1]);
  if (e.foot !== undefined) fits(e.foot, (k) => rows[k]?.footLengthCm);
  const fit = product.attributes["fit"] ?? "";
  const shift = /runs small/i.test(fit) ? 1 : /runs large/i.test(fit) ? -1 : 0;
  const index = Math.min(rows.length - 1, Math.max(0, Math.max(...needs) + shift));
  const size = rows[index]?.size;
  if (!size) return ["eval: no size guide"];
  return has(reply.text, wordPattern(size)) ? [] : [`should recommend ${size}`];
}

/** "Between sizes": the size guide's own advice (its note) must reach the shopper. */
export async function checkBetween(reply: Reply, ctx: CheckContext): Promise<string[]> {
  const { product } = await ctx.cartProduct();
  const note = `${product.sizeGuide?.note ?? ""} ${product.attributes["fit"] ?? ""}`;
  const larger = /larger|size up|bigger/i.test(note);
  if (larger && !has(reply.text, /larger|bigger|size up|one size up|größere|eine Größe größer|nächstgrößere/i)) return ["should pass on the guide's advice: take the larger size"];
  return [];
}

/** Compatibility answered only for models on the live list; anything else is "not on the list". */
export async function checkCompat(e: Extract<Expect, { kind: "compat" }>, reply: Reply, ctx: CheckContext): Promise<string[]> {
  const { product } = await ctx.cartProduct();
  const list = product.compatibleWith ?? [];
  const listed = list.some((m) => m.toLowerCase() === e.device.toLowerCase());
  const text = reply.text;
  const saysYes = /^(yes|ja)\b|works with the|funktioniert mit/i.test(text);
  const saysNo = /isn't on|is not on|not on the|not listed|isn't listed|steht nicht|nicht auf der|nicht kompatibel|not compatible|doesn't work|won't work/i.test(text);
  if (listed) return saysYes && has(text, e.device) ? [] : [`${e.device} is on the list: should say yes`];
  const generic = !/\d/.test(e.device) && list.some((m) => m.toLowerCase().startsWith(e.device.toLowerCase()));
  if (generic) {
    if (saysYes) return [`"${e.device}" alone is not a listed model: no plain yes`];
    return list.every((m) => has(text, m)) ? [] : ["should list the compatible models"];
  }
  if (saysYes || !saysNo) return [`${e.device} is not on the list: should say so`];
  return [];
}

export async function checkQuality(reply: Reply, ctx: CheckContext): Promise<string[]> {
  const { product } = await ctx.cartProduct();
  const material = product.attributes["material"];
  if (material && has(reply.text, material)) return [];
  if (!product.rating) return material ? [`should give the material (${material})`] : [];
  const avg = String(product.rating.average);
  const ok = has(reply.text, avg) || has(reply.text, avg.replace(".", ","));
  return ok && has(reply.text, String(product.rating.count)) ? [] : [`should quote the rating ${avg} (${product.rating.count}) or the material`];
}
