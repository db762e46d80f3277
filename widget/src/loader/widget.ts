import { browserStorage, createConsentStorage } from "./consent-storage.ts";
import { createWidget } from "./widget-controller.ts";

/**
 * widget.js: the script a merchant pastes. Replays calls queued by the inline stub, then replaces
 * the stub. A second include finds `loaded` and does nothing.
 */
interface CartSaverFn {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  loaded?: boolean;
}

declare global {
  interface Window {
    CartSaver?: CartSaverFn;
  }
}

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="/widget.js"][data-site]');
}

(() => {
  const stub = window.CartSaver;
  if (stub?.loaded) return;
  const script = ownScript();
  const site = script?.dataset.site;
  if (!script?.src || !site) return;
  const edge = new URL(script.src).origin;
  const command = createWidget(edge, site, createConsentStorage(browserStorage));
  const api: CartSaverFn = (...args: unknown[]) => command(args[0], args[1], args[2]);
  api.loaded = true;
  window.CartSaver = api;
  for (const args of stub?.q ?? []) command(args[0], args[1], args[2]);
})();
