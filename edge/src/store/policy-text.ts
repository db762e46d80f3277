/** Policy HTML as plain text, cut at a sentence near `max` characters. */
export function policyText(html: string, max = 600): string {
  const text = html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = cut.lastIndexOf(". ");
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`;
}

/** "Standard (3-5 business days)" → { min: 3, max: 5 }; null when the text states no days. */
export function daysIn(text: string): { min: number; max: number } | null {
  const range = /(\d+)\s*(?:-|–|to|bis)\s*(\d+)\s*(?:business\s+|working\s+|werk)?(?:days?|tage?)/i.exec(text);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const single = /(\d+)\s*(?:business\s+|working\s+)?days?/i.exec(text);
  return single ? { min: Number(single[1]), max: Number(single[1]) } : null;
}
