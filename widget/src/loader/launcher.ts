import { textOn } from "../common/contrast.ts";
import type { Lang } from "../common/widget-types.ts";
import { adoptCss } from "./shadow-host.ts";

/**
 * The launcher: plain DOM, a few hundred bytes, before and after the panel chunk loads (the panel
 * then keeps its label, aria-expanded and unread badge up to date). Its sheet also sets the brand
 * colour (--b) and the text colour on it (--bt) for the whole shadow root.
 */
const CSS = `.l{all:initial;position:fixed;inset-block-end:max(16px,env(safe-area-inset-bottom));inset-inline-end:max(16px,env(safe-area-inset-right));width:56px;height:56px;border-radius:50%;background:var(--b);color:var(--bt);cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:grid;place-items:center}.l[hidden]{display:none}.l:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}.l svg{width:26px;height:26px;fill:currentColor}`;

export const CHAT_ICON = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";

export function showLauncher(root: ShadowRoot, color: string, name: string, lang: Lang, onClick: () => void, onIntent: () => void): HTMLButtonElement {
  adoptCss(root, `:host{--b:${color};--bt:${textOn(color)}}${CSS}`);
  const button = document.createElement("button");
  button.className = "l";
  button.type = "button";
  button.setAttribute("aria-label", lang === "de" ? `Chat mit ${name} öffnen` : `Chat with ${name}`);
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
  path.setAttribute("d", CHAT_ICON);
  svg.appendChild(path);
  button.appendChild(svg);
  button.addEventListener("click", onClick);
  for (const type of ["pointerenter", "focus", "touchstart"]) button.addEventListener(type, onIntent, { once: true, passive: true });
  root.appendChild(button);
  return button;
}
