import { z } from "zod";
import type { StoreAdapter } from "../store/store-adapter.ts";

const StoreCustomer = z.looseObject({ id: z.string() });

/**
 * The site's VIP rule: a customer the store vouched for (customerHash) whose orders add up to at
 * least `minLifetimeValue` (minor units). Looked up the same safe way as getCustomerHistory: by the
 * verified email, and only when the store's record carries the verified id. Failures count as "no".
 */
export async function isVip(
  customer: { id: string; email: string | null } | null,
  minLifetimeValue: number,
  store: Pick<StoreAdapter, "getCustomer">,
): Promise<boolean> {
  if (customer === null || customer.email === null) return false;
  const history = await store.getCustomer(customer.email);
  if (!history.ok || StoreCustomer.safeParse(history.value.customer).data?.id !== customer.id) return false;
  const lifetimeValue = history.value.orders.reduce((sum, order) => sum + order.total.amount, 0);
  return lifetimeValue >= minLifetimeValue;
}
