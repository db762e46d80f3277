import type { MountPanel } from "../common/widget-types.ts";

/** The hashed panel chunk name, written in by the build (vite.config.ts). */
declare const __CS_PANEL_FILE__: string;

export function panelUrl(edge: string): string {
  return `${edge}/${__CS_PANEL_FILE__}`;
}

/** Imports the panel chunk once (on intent); a failed load is tried again next time. */
let loading: Promise<MountPanel> | null = null;

export function loadPanel(edge: string): Promise<MountPanel> {
  loading ??= import(/* @vite-ignore */ panelUrl(edge)).then((m: { mountPanel: MountPanel }) => m.mountPanel);
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
