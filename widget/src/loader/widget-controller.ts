import type { PanelHandle, PanelHost, SignalType, WidgetConfig, WidgetSession } from "../common/widget-types.ts";
import { isRtl, pickLang } from "../common/lang.ts";
import { num, rec, str } from "../common/read.ts";
import { isTyping, proactiveDecision } from "../triggers/proactive-caps.ts";
import type { ConsentStorage } from "./consent-storage.ts";
import { showLauncher } from "./launcher.ts";
import { createHostEvents } from "./host-events.ts";
import { rememberOpen, wasOpen } from "./open-state.ts";
import { loadPanel } from "./panel-loader.ts";
import { checkoutStep, watchRoutes } from "./route-watch.ts";
import { createSession, type Customer, fetchHistory, readCustomer } from "./session-client.ts";
import { createShadowHost } from "./shadow-host.ts";
import { createSignalSender } from "./signal-sender.ts";
import { type Triggers, wireTriggers } from "./trigger-wiring.ts";
import { fetchWidgetConfig } from "./widget-config.ts";

interface Cart {
  cartId: string;
  itemCount: number | null;
  cartValue: number | null;
  who: Customer;
}

const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
const optionalNum = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
/** Waits for an idle moment: each step of the loader runs as its own short task, never one long one. */
const idle = () => new Promise<void>((resolve) => ("requestIdleCallback" in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 1)));

/** The loader's state machine: config → identify → session → triggers → (lazy) panel. */
export function createWidget(edge: string, siteId: string, storage: ConsentStorage) {
  const events = createHostEvents();
  const signals = createSignalSender(edge);
  let config: WidgetConfig | null = null;
  let cart: Cart | null = null;
  let session: WidgetSession | null = null;
  let history: unknown[] = [];
  let triggers: Triggers | null = null;
  let root: ShadowRoot | null = null;
  let launcher: HTMLButtonElement | null = null;
  let panel: PanelHandle | null = null;
  let panelOpen = false;
  let wantOpen = false;
  let lastStep: string | null = null;
  const firedThisPage = new Set<SignalType>();
  const key = (k: string) => `${k}:${session?.sessionId ?? ""}`;

  const reportStep = () => {
    const step = checkoutStep();
    if (step && step !== lastStep) signals.send("checkout_step", { step });
    lastStep = step;
  };

  async function openPanel(opts: Parameters<PanelHandle["open"]>[0]): Promise<void> {
    if (!session || !config || !root || !launcher || session.group === "holdout") {
      wantOpen = true;
      return;
    }
    // A failed chunk load leaves the launcher in place; the next open tries again.
    const mount = await loadPanel(edge).catch(() => null);
    if (!mount) return;
    if (!panel) {
      panel = mount(panelHost(root, launcher, config, session));
    }
    panel.open(opts);
  }

  function panelHost(r: ShadowRoot, l: HTMLButtonElement, c: WidgetConfig, s: WidgetSession): PanelHost {
    return {
      root: r,
      launcher: l,
      edge,
      config: c,
      session: s,
      lang: pickLang(c.brand.language, document.documentElement.lang),
      rtl: isRtl(),
      history,
      pageOrigin: location.origin,
      signal: (type, data) => signals.send(type, data),
      emit: (event, detail) => {
        if (event === "open" || event === "close") panelOpen = event === "open";
        events.emit(event, detail);
      },
      remember: (open, dismissed) => {
        rememberOpen(storage, s.sessionId, open);
        if (dismissed) storage.set("session", key("dismissed"), "1");
      },
    };
  }

  function fire(trigger: SignalType, data: Record<string, unknown>): boolean {
    if (!firedThisPage.has(trigger) && trigger !== "tab_visible") signals.send(trigger, data);
    firedThisPage.add(trigger);
    if (!session || !config) return false;
    const typing = triggers?.typing() ?? { focused: false, lastInputAt: null };
    const opens = num(Number(storage.get("session", key("opens"))));
    const lastOpenAt = Number(storage.get("session", key("openedAt")));
    const decision = proactiveDecision({
      group: session.group,
      panelOpen,
      dismissed: storage.get("session", key("dismissed")) === "1",
      opens,
      maxOpens: config.triggers.maxProactiveOpens,
      msSinceLastOpen: lastOpenAt > 0 ? Date.now() - lastOpenAt : null,
      cooldownMinutes: config.triggers.cooldownMinutes,
      hasConversation: history.length > 0,
      typing: isTyping(typing.focused, typing.lastInputAt, Date.now()),
      itemCount: cart?.itemCount ?? null,
      cartValue: cart?.cartValue ?? null,
      minCartValue: config.triggers.minCartValue,
    });
    if (!decision.open) return false;
    storage.set("session", key("opens"), String(opens + 1));
    storage.set("session", key("openedAt"), String(Date.now()));
    void openPanel({ opener: { trigger, page: location.pathname }, focus: false });
    return true;
  }

  let starting: string | null = null;
  async function start(): Promise<void> {
    if (!config || !cart || session || starting === cart.cartId) return;
    const c = config;
    const cartId = cart.cartId;
    starting = cartId;
    // A visitor id that cannot be kept (no storage consent yet) would start a new session on every
    // page; without one the edge keys the session on the cart, so it carries across the checkout.
    let visitorId: string | null = null;
    if (storage.persistent) {
      visitorId = storage.get("local", "visitor") ?? randomId();
      storage.set("local", "visitor", visitorId);
    }
    const lang = pickLang(c.brand.language, document.documentElement.lang);
    const s = await createSession(edge, siteId, cartId, visitorId, lang, cart.who);
    starting = null;
    if (!s || cart?.cartId !== cartId) return;
    session = s;
    signals.ready(s.token);
    await idle();
    // A different cart identified meanwhile: its own start() carries on.
    if (session !== s) return;
    if (!triggers) {
      triggers = wireTriggers(c, { fire, signal: (t) => signals.send(t), cartReady: () => !!session && (cart?.itemCount ?? 1) > 0 });
      watchRoutes(() => {
        firedThisPage.clear();
        triggers?.newPage();
        reportStep();
      });
    }
    triggers.cartReady();
    reportStep();
    if (s.group === "holdout") return;
    history = await fetchHistory(edge, s);
    await idle();
    if (session !== s) return;
    root ??= createShadowHost();
    // The panel chunk is fetched on intent only: pointer or focus on the launcher, a trigger, a restore.
    const warm = () => void loadPanel(edge).catch(() => null);
    launcher ??= showLauncher(root, c.brand.color, c.brand.assistantName, lang, () => (panelOpen ? panel?.close() : void openPanel({ focus: true })), warm);
    if (wantOpen || wasOpen(storage, s.sessionId)) void openPanel({ focus: false });
  }

  void fetchWidgetConfig(edge, siteId).then((c) => {
    config = c;
    if (c) storage.setRequired(c.requireConsent);
    void start();
  });

  return function command(name: unknown, arg?: unknown, fn?: unknown): void {
    const a = rec(arg);
    if (name === "identify") {
      const cartId = str(a.cartId);
      const next = cartId ? { cartId, itemCount: optionalNum(a.itemCount), cartValue: optionalNum(a.cartValue), who: readCustomer(a) } : null;
      if (next?.cartId !== cart?.cartId) session = null;
      cart = next;
      triggers?.cartReady();
      void start();
    } else if (name === "open") void openPanel({ focus: true });
    else if (name === "close") panel?.close();
    else if (name === "consent") storage.consent(a.storage === true);
    else if (name === "on" && typeof arg === "string" && typeof fn === "function") events.on(arg, (d) => fn(d));
  };
}
