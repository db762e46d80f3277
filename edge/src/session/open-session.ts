import type { VerifiedCustomer } from "../auth/verify-customer.ts";
import type { Group } from "../domain/session-state.ts";
import type { Bindings } from "../http/bindings.ts";

export interface OpenRequest {
  siteId: string;
  cartId: string;
  visitorId: string | null;
  group: Group;
  language: "en" | "de" | null;
  customer: VerifiedCustomer | null;
}

const closedStates = new Set(["recovered", "lost"]);
const maxGenerations = 100;

/**
 * Finds or creates the session for (site, cart, visitor, verified customer). Sessions are named
 * Durable Objects, `site/cart/visitor/customer/generation`, so re-creating resumes the open one
 * without a lookup race, and a caller who only knows the cart id never resumes a verified
 * customer's session (whose transcript may hold their orders);
 * once a session is closed (recovered or lost) the next generation starts fresh. The caller
 * indexes new sessions for analytics (order webhooks find them by cart there).
 */
export async function openSession(env: Bindings, request: OpenRequest) {
  const visitorKey = request.visitorId ?? "-";
  const customerKey = request.customer?.id ?? "-";
  for (let generation = 0; generation < maxGenerations; generation++) {
    const name = [request.siteId, request.cartId, visitorKey, customerKey, generation].map(encodeURIComponent).join("/");
    const stub = env.SESSIONS.get(env.SESSIONS.idFromName(name));
    const opened = await stub.open({
      siteId: request.siteId,
      cartId: request.cartId,
      visitorId: request.visitorId,
      group: request.group,
      language: request.language,
      customer: request.customer,
    });
    if (opened.created || !closedStates.has(opened.state)) return opened;
  }
  throw new Error(`session generations exhausted for cart ${request.cartId}`);
}
