import type { SiteConfig } from "../../../edge/src/config/site-config.ts";
import type { SignalType } from "../../../edge/src/domain/session-state.ts";

/** The public part of a site's config the widget needs (GET /v1/sites/:siteId/widget-config). */
export interface WidgetConfig {
  siteId: string;
  name: string;
  brand: Pick<SiteConfig["brand"], "assistantName" | "color" | "greeting" | "language">;
  triggers: SiteConfig["triggers"];
  /** Nothing goes to cookies or storage before CartSaver('consent', { storage: true }). */
  requireConsent: boolean;
}

export interface WidgetSession {
  sessionId: string;
  token: string;
  group: "agent" | "holdout";
}

export type Lang = "en" | "de";
export type { SignalType };

export interface Opener {
  trigger: SignalType;
  page: string;
}

/** What the loader hands to the lazily imported panel chunk. */
export interface PanelHost {
  root: ShadowRoot;
  /** The loader's launcher button; the panel keeps its state (expanded, unread) in sync. */
  launcher: HTMLButtonElement;
  edge: string;
  config: WidgetConfig;
  session: WidgetSession;
  lang: Lang;
  rtl: boolean;
  /** Server-side history (GET /v1/sessions/:id), unparsed. */
  history: unknown[];
  /** Origins links in replies may point at (the store's own). */
  pageOrigin: string;
  signal(type: SignalType, data?: Record<string, unknown>): void;
  emit(event: "cart_updated" | "open" | "close", detail?: unknown): void;
  /** Remembers the open/closed state for a reload (consent-gated storage). */
  remember(open: boolean, dismissed: boolean): void;
}

export interface PanelHandle {
  open(options: { opener?: Opener; focus?: boolean }): void;
  close(): void;
}

export type MountPanel = (host: PanelHost) => PanelHandle;
