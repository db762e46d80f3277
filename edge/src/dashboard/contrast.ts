import { textOn } from "../../../widget/src/shared/contrast.ts";

/** WCAG 2 contrast of the brand colour against the text colour the widget puts on it (textOn). */

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export interface Contrast {
  text: "#fff" | "#1b1b1b";
  ratio: number;
}

/** The widget's text colour on `hex` (#rrggbb) and their contrast ratio (1..21); null for an invalid colour. */
export function brandContrast(hex: string): Contrast | null {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return null;
  const text = textOn(hex);
  const [a, b] = [luminance(hex), luminance(text === "#fff" ? "#ffffff" : text)];
  return { text, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
}

/** The ratio in words, against WCAG AA (4.5:1 for text, 3:1 for large text and icons). */
export function contrastVerdict({ text, ratio }: Contrast): string {
  const on = text === "#fff" ? "white" : "dark";
  const r = `${ratio.toFixed(2)}:1`;
  if (ratio >= 4.5) return `The widget puts ${on} text on this colour: contrast ${r}, passes WCAG AA.`;
  if (ratio >= 3) return `The widget puts ${on} text on this colour: contrast ${r}, enough for large text and icons only (WCAG AA needs 4.5:1 for text).`;
  return `The widget puts ${on} text on this colour: contrast ${r}, fails WCAG AA (needs 4.5:1). Pick a darker or lighter colour.`;
}
