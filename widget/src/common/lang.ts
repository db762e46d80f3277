import type { Lang } from "./widget-types.ts";

/** UI language: the site's configured language, else the page's `<html lang>`, else English. */
export function pickLang(configured: string, pageLang: string): Lang {
  if (configured === "en" || configured === "de") return configured;
  return pageLang.toLowerCase().startsWith("de") ? "de" : "en";
}

export function isRtl(): boolean {
  const d = document.documentElement.dir || document.body?.dir || "";
  return d.toLowerCase() === "rtl";
}
