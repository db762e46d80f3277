import { tool } from "ai";
import { z } from "zod";
import type { Objection } from "../../domain/objection.ts";
import type { Policies } from "../../store/store-schemas.ts";
import type { ToolContext } from "./tool-context.ts";
import { toolInput } from "./tool-input.ts";

const PolicyTopic = z.enum(["returns", "exchanges", "payments", "guest_checkout", "security", "shipping", "support"]);
type PolicyTopic = z.infer<typeof PolicyTopic>;

const sections: Record<PolicyTopic, keyof Policies> = {
  returns: "returns",
  exchanges: "exchanges",
  payments: "payments",
  guest_checkout: "guestCheckout",
  security: "security",
  shipping: "shipping",
  support: "support",
};

const answers: Partial<Record<PolicyTopic, Objection>> = {
  returns: "returns",
  exchanges: "returns",
  payments: "payment_options",
  guest_checkout: "account_creation",
  security: "trust_security",
};

const inputSchema = toolInput(z.object({ topic: PolicyTopic }));

export function getPoliciesTool(ctx: ToolContext) {
  return tool({
    description:
      "The store's policy on one topic: returns, exchanges, payments (incl. buy now pay later), guest_checkout, security, shipping or support contact.",
    inputSchema,
    execute: async ({ topic }) => {
      const policies = await ctx.store.getPolicies();
      if (!policies.ok) return policies;
      const objection = answers[topic];
      if (objection) await ctx.ledger.markAddressed(objection);
      // Instalments (buy now, pay later) answer a price concern without a discount.
      if (topic === "payments") await ctx.ledger.markAddressed("price_discount");
      return { ok: true as const, topic, policy: policies.value[sections[topic]] };
    },
  });
}
