import type { Group } from "../../edge/src/domain/session-state.ts";
import type { Product } from "../../edge/src/store/store-schemas.ts";
import type { EdgeClient } from "./edge-client.ts";
import type { Persona } from "./personas.ts";
import { chance, pick, seeded } from "./prng.ts";
import type { StoreClient } from "./store-client.ts";
import { hasAssistant, type StrategyId } from "./strategies.ts";

/** What happened to one shopper, as the simulator saw it. */
export interface Outcome {
  strategy: StrategyId;
  group: Group;
  conversed: boolean;
  /** The agent recorded the shopper's real objection. */
  resolved: boolean;
  discountCode: string | null;
  bought: "in_session" | "after_reminder" | null;
  revenue: number;
  discount: number;
}

/**
 * How help changes the decision (the simulation's assumptions, stated once): an answered
 * objection closes 30% of the gap to buying, an applied discount 25% (10% when money was not
 * the objection), and a reminder to a consenting shopper brings back 8% of those who left.
 */
export const effects = { resolved: 0.3, discountOnPrice: 0.25, discountOtherwise: 0.1, reminder: 0.08 } as const;
const priceObjections = new Set(["price_discount", "shipping_cost"]);

export interface JourneyDeps {
  store: StoreClient;
  edge: EdgeClient;
}

/**
 * Fills a cart from the live catalog (other shoppers deplete stock). Another shopper can buy
 * the last unit in between, so a refused cart is retried once with a fresh look.
 */
async function fillCart(deps: JourneyDeps, persona: Persona, random: () => number) {
  for (let attempt = 0; ; attempt++) {
    const products: Product[] = await deps.store.products();
    const inStock = products.flatMap((p) => p.variants.filter((v) => v.inventory > 0));
    const lines = [...new Map(Array.from({ length: persona.lines }, () => pick(random, inStock)).map((v) => [v.id, v])).values()];
    try {
      return await deps.store.createCart(lines.map((v) => ({ variantId: v.id, quantity: 1 })), persona);
    } catch (error) {
      if (attempt >= 1 || !String(error).includes("out_of_stock")) throw error;
    }
  }
}

export async function runJourney(deps: JourneyDeps, persona: Persona, strategy: StrategyId, siteId: string, seed: number): Promise<Outcome> {
  // Each shopper has its own stream, so results do not depend on how journeys interleave.
  const random = seeded(seed * 1_000_003 + persona.index);
  const cart = await fillCart(deps, persona, random);
  const session = await deps.edge.openSession(siteId, cart.id, persona.visitorId);
  await deps.edge.signal(session.token, "checkout_step", "/checkout/contact");
  await deps.edge.signal(session.token, "exit_intent", "/cart");

  const outcome: Outcome = { strategy, group: session.group, conversed: false, resolved: false, discountCode: null, bought: null, revenue: 0, discount: 0 };
  let clickedLink = false;
  if (session.group === "agent" && hasAssistant(strategy)) {
    await deps.edge.opener(session.sessionId, session.token, "exit_intent", "/cart");
    await deps.edge.say(session.sessionId, session.token, persona.phrase, `u-${persona.visitorId}-1`);
    outcome.conversed = true;
    // Price-minded shoppers (and some others) ask for a deal; the site's rules decide.
    if (priceObjections.has(persona.objection) || chance(random, 0.2)) {
      await deps.edge.say(session.sessionId, session.token, "Is there a discount code you could give me?", `u-${persona.visitorId}-d`);
    }
    const view = await deps.edge.view(session.sessionId, session.token);
    outcome.resolved = view.objections.includes(persona.objection);
    const code = view.offers.find((o) => o.granted && o.code)?.code ?? null;
    if (code && (await deps.store.applyDiscount(cart.id, code))) outcome.discountCode = code;
    if (outcome.resolved && chance(random, 0.5)) {
      await deps.edge.say(session.sessionId, session.token, "Great, please send me a checkout link.", `u-${persona.visitorId}-2`);
      await deps.edge.signal(session.token, "checkout_link_clicked", "/cart");
      clickedLink = true;
    }
  }

  let p = persona.propensity;
  if (outcome.resolved) p += (1 - p) * effects.resolved;
  if (outcome.discountCode) p += (1 - p) * (priceObjections.has(persona.objection) ? effects.discountOnPrice : effects.discountOtherwise);
  if (chance(random, p)) outcome.bought = "in_session";
  else if (session.group === "agent" && persona.emailConsent && chance(random, effects.reminder)) outcome.bought = "after_reminder";

  if (outcome.bought) {
    await deps.store.checkout(cart.id, persona, clickedLink ? session.sessionId : null);
    const ordered = await deps.store.getCart(cart.id);
    outcome.revenue = ordered.total.amount;
    outcome.discount = ordered.discounts.filter((d) => d.code === outcome.discountCode).reduce((n, d) => n + d.amount.amount, 0);
  }
  return outcome;
}
