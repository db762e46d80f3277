import type { EdgeEnv } from "../config/edge-env.ts";
import { checkEnv } from "../config/parsed-env.ts";
import type { SiteConfig } from "../config/site-config.ts";
import type { Bindings } from "../http/bindings.ts";
import { abandonedAt } from "../followup/abandonment.ts";
import { followUpRecipient } from "../followup/follow-up-recipient.ts";
import { runFollowUps } from "../followup/run-follow-ups.ts";
import type { SendLedger } from "../followup/send-ledger.ts";
import { getSite } from "../sites/site-repository.ts";
import { siteStore } from "../store/site-store.ts";
import type { ActivityStore } from "./activity-store.ts";
import { sendFollowUpStep } from "./send-follow-up-step.ts";
import type { SessionStore } from "./session-store.ts";

const minute = 60_000;
/** The store was unreachable: look again shortly rather than give up on the cart. */
const storeRetryMs = 5 * minute;

export interface FollowUpAlarmDeps {
  store: SessionStore;
  activity: ActivityStore;
  ledger: SendLedger;
  env: Bindings;
  now: number;
  markLost(): void;
  /** The store says the cart was ordered (the order webhook may not have arrived). */
  markOrdered(): void;
}

/** The session's site and the parsed worker env, inside the Durable Object (no request context). */
export async function loadSite(env: Bindings, siteId: string): Promise<{ site: SiteConfig; config: EdgeEnv } | null> {
  const config = checkEnv(env).parsed;
  if (!config.success) return null;
  const site = await getSite(env.DB, config.data, siteId);
  return site === null ? null : { site, config: config.data };
}

/**
 * The Session Durable Object's alarm: reads the cart from the store, works out whether and since
 * when it is abandoned, and runs the due follow-up steps through the send ledger. Returns when
 * the alarm should fire next (null: delete it). Holdout sessions never get a follow-up.
 */
export async function runFollowUpAlarm(deps: FollowUpAlarmDeps): Promise<number | null> {
  const { store, now } = deps;
  const row = store.session();
  if (row === null || row.grp === "holdout") return null;
  const loaded = await loadSite(deps.env, row.site_id);
  if (loaded === null || loaded.site.followUp.steps.length === 0) return null;
  const { site, config } = loaded;
  const adapter = siteStore(site, deps.env);
  if (adapter === null) return null;
  const cart = await adapter.getCart(row.cart_id);
  if (!cart.ok) return cart.code === "not_found" ? null : now + storeRetryMs;

  const activity = deps.activity.get() ?? { lastActivityAt: row.created_at, awaySince: null, orderPlaced: false, optedOut: false, lastWhatsAppInboundAt: null };
  const orderPlaced = activity.orderPlaced || cart.value.status === "ordered";
  if (orderPlaced && !activity.orderPlaced) deps.markOrdered();
  // Only confirmed addresses with consent, or the store's own checkout consent.
  const contact = followUpRecipient(row.contact, cart.value.customer);
  const cartItemCount = cart.value.lines.reduce((n, line) => n + line.quantity, 0);
  const at = abandonedAt({ cartItemCount, orderPlaced, lastActivityAt: activity.lastActivityAt, awaySince: activity.awaySince }, site.followUp);
  if (at !== null && at <= now) deps.markLost();

  const result = await runFollowUps(
    {
      sessionId: row.session_id,
      followUp: site.followUp,
      facts: {
        abandonedAt: at,
        orderPlaced,
        optedOut: activity.optedOut,
        humanTookOver: row.state === "human" || row.handover_reason !== null,
        consent: contact.consent,
        contact,
      },
      now,
    },
    {
      ledger: deps.ledger,
      send: (step) =>
        sendFollowUpStep(step, {
          site,
          row,
          cart: cart.value,
          store: adapter,
          objections: store.objections().map((o) => o.code),
          recipient: { ...contact, lastWhatsAppInboundAt: activity.lastWhatsAppInboundAt },
          env: deps.env,
          publicUrl: config.PUBLIC_URL,
          secret: config.SESSION_SECRET,
          db: deps.env.DB,
          now,
          appendMessage: (message) => store.upsertMessages([message], now),
        }),
    },
  );
  return result.nextAlarmAt;
}
