/** Text colour for a merchant's brand background: white or near-black, whichever contrasts more. */
export function textOn(hex: string): "#fff" | "#1b1b1b" {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast ratios against white (L=1) and #1b1b1b (L≈0.0109).
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0609 ? "#fff" : "#1b1b1b";
}
