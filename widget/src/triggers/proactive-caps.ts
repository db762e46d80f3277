/**
 * Whether a detected trigger may open the panel by itself. Signals are sent either way; this only
 * guards the visible open, so a shopper who is simply buying is never interrupted.
 */
export interface ProactiveInput {
  group: "agent" | "holdout";
  panelOpen: boolean;
  /** The shopper closed the panel in this session: no more proactive opens. */
  dismissed: boolean;
  opens: number;
  maxOpens: number;
  /** Since the last proactive open in this session (null: none yet), against the site's cooldown. */
  msSinceLastOpen: number | null;
  cooldownMinutes: number;
  hasConversation: boolean;
  typing: boolean;
  /** From CartSaver('identify', { itemCount, cartValue }); null when the page did not say. */
  itemCount: number | null;
  cartValue: number | null;
  minCartValue: number;
}

export type ProactiveDecision =
  | { open: true }
  | { open: false; reason: "holdout" | "already_open" | "dismissed" | "cap_reached" | "cooldown" | "conversation_exists" | "typing" | "empty_cart" | "below_min_cart_value" };

export function proactiveDecision(i: ProactiveInput): ProactiveDecision {
  if (i.group === "holdout") return { open: false, reason: "holdout" };
  if (i.panelOpen) return { open: false, reason: "already_open" };
  if (i.dismissed) return { open: false, reason: "dismissed" };
  if (i.opens >= i.maxOpens) return { open: false, reason: "cap_reached" };
  if (i.msSinceLastOpen !== null && i.msSinceLastOpen < i.cooldownMinutes * 60_000) return { open: false, reason: "cooldown" };
  if (i.hasConversation) return { open: false, reason: "conversation_exists" };
  if (i.typing) return { open: false, reason: "typing" };
  if (i.itemCount !== null && i.itemCount <= 0) return { open: false, reason: "empty_cart" };
  if (i.cartValue !== null ? i.cartValue < i.minCartValue : i.minCartValue > 0) return { open: false, reason: "below_min_cart_value" };
  return { open: true };
}

/** Typing = a form field of the host page has focus and took input within the last few seconds. */
export const TYPING_WINDOW_MS = 4000;

export function isTyping(fieldFocused: boolean, lastInputAt: number | null, now: number): boolean {
  return fieldFocused && lastInputAt !== null && now - lastInputAt < TYPING_WINDOW_MS;
}
