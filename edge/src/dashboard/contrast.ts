import { contrastRatio, textOn } from "../../../widget/src/common/contrast.ts";

/** WCAG 2 contrast of the brand colour against the text colour the widget puts on it (textOn). */
export interface Contrast {
  text: ReturnType<typeof textOn>;
  ratio: number;
}

/** The widget's text colour on `hex` (#rrggbb) and their contrast ratio (1..21); null for an invalid colour. */
export function brandContrast(hex: string): Contrast | null {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return null;
  const text = textOn(hex);
  return { text, ratio: contrastRatio(hex, text) };
}

/** The ratio in words, against WCAG AA (4.5:1 for text, 3:1 for large text and icons). */
export function contrastVerdict({ text, ratio }: Contrast): string {
  const on = text === "#ffffff" ? "white" : "black";
  const r = `${ratio.toFixed(2)}:1`;
  if (ratio >= 4.5) return `The widget puts ${on} text on this colour: contrast ${r}, passes WCAG AA.`;
  if (ratio >= 3) return `The widget puts ${on} text on this colour: contrast ${r}, enough for large text and icons only (WCAG AA needs 4.5:1 for text).`;
  return `The widget puts ${on} text on this colour: contrast ${r}, fails WCAG AA (needs 4.5:1). Pick a darker or lighter colour.`;
}
