import type { StoreRepository } from "../data/store-repository.ts";
import type { Order } from "../domain/store-state.ts";

/** What routes need from the composition root (app.ts). */
export interface StoreDeps {
  repo: StoreRepository;
  now: () => Date;
  apiToken: string;
  publicUrl: string;
  edgeUrl: string;
  siteId: string;
  /** Fires the order.created webhook in the background. */
  notifyOrder(order: Order): void;
}
