import { Hono } from "hono";
import { z } from "zod";
import { eur } from "../domain/money.ts";
import type { StoreDeps } from "../services/store-deps.ts";
import { problem, readQuery } from "./api-problem.ts";

const CustomerQuery = z.object({ email: z.email() });

/** A shopper's account (if any) and past orders, newest first; never the password hash. */
export function customersRoutes(deps: StoreDeps) {
  return new Hono().get("/", (c) => {
    const q = readQuery(c, CustomerQuery);
    if (!q.ok) return problem(c, q);
    const email = q.data.email.toLowerCase();
    const state = deps.repo.read();
    const orders = Object.values(state.orders)
      .filter((o) => o.email.toLowerCase() === email)
      .sort((a, b) => b.placedAt.localeCompare(a.placedAt));
    const known = state.customers[email];
    const customer = known && {
      id: known.id,
      email: known.email,
      name: known.name,
      hasAccount: known.hasAccount,
      createdAt: known.createdAt,
      orderCount: orders.length,
      lifetimeValue: eur(orders.reduce((sum, o) => sum + o.total.amount, 0)),
    };
    return c.json({ ...(customer ? { customer } : {}), orders });
  });
}
