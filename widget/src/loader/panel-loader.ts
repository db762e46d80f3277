import type { MountPanel } from "../shared/widget-types.ts";

/** The hashed panel chunk name, written in by the build (vite.config.ts). */
declare const __CS_PANEL_FILE__: string;

export function panelUrl(edge: string): string {
  return `${edge}/${__CS_PANEL_FILE__}`;
}

/** Fetches and compiles the panel when the page is idle, without running it (script-src governs it). */
export function prefetchPanel(edge: string): void {
  const go = () => {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = panelUrl(edge);
    link.crossOrigin = "anonymous";
    document.head.appendChild(link);
  };
  if ("requestIdleCallback" in window) requestIdleCallback(go, { timeout: 5000 });
  else setTimeout(go, 2000);
}

let loading: Promise<MountPanel> | null = null;

export function loadPanel(edge: string): Promise<MountPanel> {
  loading ??= import(/* @vite-ignore */ panelUrl(edge)).then((m: { mountPanel: MountPanel }) => m.mountPanel);
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
