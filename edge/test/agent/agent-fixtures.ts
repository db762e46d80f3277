import { createMemoryOfferBook } from "../policy/memory-cart-offers.ts";
import type { Tool } from "ai";
import { SiteConfig, type SiteConfigInput } from "../../src/config/site-config.ts";
import type { SessionSnapshot, TurnInput } from "../../src/agent/agent-context.ts";
import { createMemoryEffects, sessionSnapshot } from "../policy/memory-effects.ts";
import { demoStore } from "../store/demo-store-fixture.ts";

/** A site like the demo one: free shipping for shipping_cost, 10% for price_discount, 15% cap. */
export function testSite(overrides: Partial<SiteConfigInput> = {}): SiteConfig {
  return SiteConfig.parse({
    siteId: "demo",
    name: "Demo Store",
    allowedOrigins: ["http://127.0.0.1:8788"],
    store: { adapter: "http", baseUrl: "https://store.test" },
    brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi!", tone: "friendly", language: "auto" },
    triggers: {},
    offers: [
      { id: "freeship", code: "FREESHIP", kind: "free_shipping", value: 0, minSubtotal: 3000, objections: ["shipping_cost"], countries: ["DE"] },
      { id: "save10", code: "SAVE10", kind: "percent", value: 10, minSubtotal: 5000, objections: ["price_discount"] },
    ],
    maxDiscountPercent: 15,
    followUp: {},
    escalation: { handoff: { email: "team@demo-store.example" } },
    ...overrides,
  });
}

/** A turn against the real in-memory demo store with in-memory session effects. */
export function testTurn(
  cartId: string,
  options: { site?: SiteConfig; session?: Partial<SessionSnapshot>; store?: ReturnType<typeof demoStore>; offers?: ReturnType<typeof createMemoryOfferBook> } = {},
) {
  const store = options.store ?? demoStore();
  const memory = createMemoryEffects();
  const finished: TurnInput["messages"][] = [];
  const input: TurnInput = {
    site: options.site ?? testSite(),
    session: sessionSnapshot({ cartId, ...options.session }),
    store: store.adapter,
    env: { MODEL: "builtin" },
    effects: memory.effects,
    cartOffers: (options.offers ?? createMemoryOfferBook()).forCart(cartId, options.session?.customer?.id ?? null),
    messages: [],
    onFinish: (messages) => {
      finished.push(messages);
    },
  };
  return { input, memory, finished };
}

/** Runs a tool's execute the way the agent loop does; a tool createTools did not register fails the test. */
export async function run<INPUT, OUTPUT>(tool: Tool<INPUT, OUTPUT> | undefined, input: NoInfer<INPUT>): Promise<OUTPUT> {
  if (!tool) throw new Error("tool not registered for this store and session");
  if (!tool.execute) throw new Error("tool has no execute");
  const output = tool.execute(input, { toolCallId: "test-call", messages: [] });
  if (output !== null && typeof output === "object" && Symbol.asyncIterator in output) {
    throw new Error("streaming tool outputs are not used here");
  }
  return await output;
}
