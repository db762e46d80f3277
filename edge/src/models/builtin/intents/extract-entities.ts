import { z } from "zod";
import { countryCodes, countryNames } from "./country-names.ts";
import { tokenize } from "./normalize-text.ts";

export const Measurements = z.object({
  chestCm: z.number().optional(),
  waistCm: z.number().optional(),
  hipsCm: z.number().optional(),
  footLengthCm: z.number().optional(),
});
export type Measurements = z.infer<typeof Measurements>;

export const Entities = z.object({
  country: z.string().length(2).optional(),
  postalCode: z.string().optional(),
  size: z.string().optional(),
  color: z.string().optional(),
  measurements: Measurements.optional(),
  percent: z.number().optional(),
  device: z.string().optional(),
  /** One size up or down from the cart's ("in a bigger size", "eine Nummer kleiner"). */
  relative: z.enum(["bigger", "smaller"]).optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});
export type Entities = z.infer<typeof Entities>;

const colors: Record<string, string> = {
  black: "black", schwarz: "black", white: "white", weiss: "white", blue: "blue", blau: "blue", navy: "navy",
  red: "red", rot: "red", green: "green", gruen: "green", grey: "grey", gray: "grey", grau: "grey", beige: "beige",
  brown: "brown", braun: "brown", pink: "pink", rosa: "pink", yellow: "yellow", gelb: "yellow", orange: "orange",
  purple: "purple", lila: "purple", olive: "olive", oliv: "olive", sand: "sand", cream: "cream", silver: "silver",
  silber: "silver", gold: "gold", charcoal: "charcoal", khaki: "khaki", oatmeal: "oatmeal", terracotta: "terracotta",
  forest: "forest", mustard: "mustard", senf: "mustard", rust: "rust", rost: "rust", sage: "sage", salbei: "sage",
  natural: "natural", natur: "natural", graphite: "graphite", graphit: "graphite", pearl: "pearl", ivory: "ivory",
  burgundy: "burgundy", bordeaux: "burgundy", teal: "teal", turquoise: "turquoise", tuerkis: "turquoise", camel: "camel",
  ecru: "ecru", stone: "stone", taupe: "taupe", lilac: "lilac", mint: "mint", coral: "coral", anthracite: "anthracite", anthrazit: "anthracite",
};

const lettered = /^(xxs|xs|s|m|l|xl|xxl|xxxl|2xl|3xl)$/;
const sizeWords: Record<string, string> = { small: "S", medium: "M", large: "L", klein: "S", mittel: "M" };
const sizeLead = new Set(["size", "groesse", "grosse", "in", "a", "an", "eine", "einen", "ein", "the", "als", "statt", "instead", "usually", "normally", "normalerweise", "trage", "wear", "any", "is", "ist", "die", "den", "das", "got", "gibt", "es", "have", "habt", "haben", "eu", "und", "and", "take", "nehme", "or", "oder", "about"]);
const notShoeFollow = new Set(["cm", "eur", "euro", "euros", "%", "days", "tage", "tagen", "percent", "prozent", "mm", "kg", "min", "minutes", "minuten", "years", "year", "jahre", "jahren", "yo", "hours", "stunden", "pounds", "dollars", "bucks", "items", "stueck"]);

function findSize(tokens: string[], raw: string): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const before = tokens[i - 1] ?? "";
    const after = tokens[i + 1] ?? "";
    if (lettered.test(token)) {
      const single = token.length === 1;
      // Single letters are words too ("I'm" → "im", "s"): need a lead word or capitals in the raw text.
      if (!single || sizeLead.has(before) || new RegExp(`\\b${token.toUpperCase()}\\b`).test(raw)) {
        return token.replace(/^2xl$/, "xxl").replace(/^3xl$/, "xxxl").toUpperCase();
      }
    }
    if (sizeWords[token] && sizeLead.has(before)) return sizeWords[token];
    if (token === "extra" && after === "large") return "XL";
    const shoe = Number(token);
    if (/^\d{2}(\.5)?$/.test(token) && shoe >= 35 && shoe <= 50 && !notShoeFollow.has(after) && !/[€$£]\s*$/.test(raw.slice(0, raw.indexOf(token)))) {
      if (sizeLead.has(before) || token.includes(".") || after === "eu" || tokens.length <= 6) return token;
    }
  }
  return undefined;
}

const measurementKeys: Array<[keyof Measurements, RegExp]> = [
  ["chestCm", /^(chest|bust|brust|brustumfang|oberweite)$/],
  ["waistCm", /^(waist|taille|bund|bundweite|taillenumfang)$/],
  ["hipsCm", /^(hip|hips|huefte|hueften|hueftumfang)$/],
  ["footLengthCm", /^(foot|feet|fuss|fusslaenge|fuesse)$/],
];

function findMeasurements(tokens: string[]): Measurements | undefined {
  const found: Measurements = {};
  tokens.forEach((token, i) => {
    const key = measurementKeys.find(([, pattern]) => pattern.test(token))?.[0];
    if (!key || found[key] !== undefined) return;
    for (const j of [i + 1, i + 2, i + 3, i + 4, i - 2, i - 1, i - 3, i - 4]) {
      const value = Number(tokens[j]);
      const plausible = key === "footLengthCm" ? value >= 15 && value <= 35 : value >= 50 && value <= 160;
      if (tokens[j] !== undefined && /^\d/.test(tokens[j] ?? "") && plausible) {
        found[key] = value;
        return;
      }
    }
  });
  return Object.keys(found).length > 0 ? found : undefined;
}

const countryPatterns = countryNames.map(([name, code]) => [new RegExp(`\\b${name}\\b`), code] as const);

function findCountry(normalized: string, raw: string): string | undefined {
  let best: { at: number; code: string } | undefined;
  for (const [pattern, code] of countryPatterns) {
    const match = pattern.exec(normalized);
    if (match && (!best || match.index < best.at)) best = { at: match.index, code };
  }
  for (const match of raw.matchAll(/\b([A-Z]{2})\b/g)) {
    const code = match[1] ?? "";
    if (countryCodes.has(code) && (!best || match.index < best.at)) best = { at: match.index, code: code === "UK" ? "GB" : code };
  }
  return best?.code;
}

function findPostalCode(normalized: string, raw: string): string | undefined {
  const uk = /\b([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b/.exec(raw);
  if (uk?.[1]) return uk[1];
  const cued = /\b(?:plz|postleitzahl|zip|zipcode|postcode|postal code|post code)\D{0,6}(\d{4,5})\b/.exec(normalized);
  return cued?.[1];
}

/** Device names with their model number ("iPhone 16 Pro Max", "Galaxy S24+", "Nokia 3310"); a bare brand stays bare ("iPhone"). */
const devicePattern =
  /\b(iphone\s?(?:\d{1,2}|se|x[rs]?)(?:\s?(?:pro max|pro|plus|mini|max))?|iphone|(?:samsung\s)?galaxy\s?[a-z]{0,2}\s?\d{1,3}(?:\s?(?:\+|plus|ultra|fe))*|(?:google\s)?pixel\s?\d{1,2}a?(?:\s?(?:pro xl|pro|xl))?|ipad(?:\s?(?:pro|air|mini))?|macbook(?:\s?(?:pro|air))?|airpods(?:\s?(?:pro|max))?|apple watch(?:\s?(?:series\s?)?\d{1,2})?|(?:nokia|huawei|xiaomi|redmi|oneplus|motorola|moto|sony xperia|oppo|honor|fairphone)\s?[a-z]{0,2}\s?\d{1,4}[a-z]?(?:\s?(?:pro|plus|lite|ultra))?|samsung|android|ps5|playstation|xbox|nintendo switch|kindle)(?![\w+])/i;

const biggerCues = /\b(bigger|larger|size up|one up|a size up|groesser|groessere|groesseren|naechstgroesser\w*|weiter)\b/;
const smallerCues = /\b(smaller|size down|one down|a size down|kleiner|kleinere|kleineren|naechstkleiner\w*|enger)\b/;

export function extractEntities(raw: string, normalized: string): Entities {
  const tokens = tokenize(normalized);
  const entities: Entities = {};
  const country = findCountry(normalized, raw);
  if (country) entities.country = country;
  const postalCode = findPostalCode(normalized, raw);
  if (postalCode) entities.postalCode = postalCode;
  const measurements = findMeasurements(tokens);
  if (measurements) entities.measurements = measurements;
  const size = findSize(tokens, raw);
  if (size && !(measurements && /^\d/.test(size))) entities.size = size;
  // "weiss" alone is "(ich) weiß" far more often than the colour.
  const color = tokens
    .filter((t, i) => t !== "weiss" && !(t === "black" && tokens[i + 1] === "friday"))
    .map((t) => colors[t] ?? colors[t.replace(/(e|en|es|er)$/, "")])
    .find((c) => c !== undefined);
  if (color) entities.color = color;
  const percent = /(\d{1,3})\s?(?:%|percent|prozent)/.exec(normalized);
  if (percent?.[1]) entities.percent = Number(percent[1]);
  const device = devicePattern.exec(raw);
  if (device?.[1]) entities.device = device[1].replace(/\s+/g, " ").replace(/^(samsung|google) /i, "");
  if (!entities.size && biggerCues.test(normalized)) entities.relative = "bigger";
  else if (!entities.size && smallerCues.test(normalized)) entities.relative = "smaller";
  const email = /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(raw);
  if (email) entities.email = email[0].replace(/\.$/, "");
  const phone = /(?:\+|\b0)\d[\d\s/-]{6,}\d/.exec(raw);
  if (phone) entities.phone = phone[0].replace(/[\s/-]/g, "");
  return entities;
}
