/**
 * The one element the widget adds to the host page: a custom-named element (no `div {…}` reset hits
 * it) with inline !important geometry (beats the page's !important rules) and an open shadow root.
 */
const HOST_STYLE: Record<string, string> = {
  all: "initial",
  position: "fixed",
  "inset-block-end": "0",
  "inset-inline-end": "0",
  width: "0",
  height: "0",
  overflow: "visible",
  "z-index": "2147483647",
  display: "block",
  transform: "none",
  filter: "none",
  contain: "none",
  visibility: "visible",
  opacity: "1",
};

export function createShadowHost(): ShadowRoot {
  const host = document.createElement("cart-saver-widget");
  for (const [k, v] of Object.entries(HOST_STYLE)) host.style.setProperty(k, v, "important");
  document.documentElement.appendChild(host);
  return host.attachShadow({ mode: "open" });
}

/** Constructable stylesheets: no <style> in the page, and allowed under a strict style-src CSP. */
export function adoptCss(root: ShadowRoot, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
