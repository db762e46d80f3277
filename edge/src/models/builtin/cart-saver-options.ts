import { z } from "zod";

export const Language = z.enum(["en", "de"]);
export type Language = z.infer<typeof Language>;

export const Tone = z.enum(["friendly", "professional", "playful"]);
export type Tone = z.infer<typeof Tone>;

/** What run-agent-turn passes as providerOptions.cartSaver (agent/run-agent-turn.ts). Missing parts get defaults. */
export const CartSaverOptions = z.object({
  siteName: z.string().default("our shop"),
  assistantName: z.string().default("Cart Saver"),
  tone: Tone.catch("friendly").default("friendly"),
  language: Language.nullish().catch(null),
  opener: z.object({ trigger: z.string(), page: z.string().nullish() }).nullish().catch(null),
  currency: z.string().length(3).default("EUR"),
  /** The page the shopper is on (session snapshot), e.g. "/checkout/shipping": no checkout offer there. */
  page: z.string().nullish().catch(null),
});
export type CartSaverOptions = z.infer<typeof CartSaverOptions>;

const Holder = z.object({ cartSaver: z.unknown() });
/** Every step of a turn passes the same providerOptions object: it is read once per turn. */
const read = new WeakMap<object, CartSaverOptions>();

export function readCartSaverOptions(providerOptions: unknown): CartSaverOptions {
  const key = typeof providerOptions === "object" && providerOptions !== null ? providerOptions : null;
  const known = key && read.get(key);
  if (known) return known;
  const holder = Holder.safeParse(providerOptions);
  const parsed = CartSaverOptions.safeParse(holder.success ? holder.data.cartSaver : {});
  const options = parsed.success ? parsed.data : CartSaverOptions.parse({});
  if (key) read.set(key, options);
  return options;
}
