/**
 * The markdown subset replies may use: **bold**, *italic* or _italic_, [links](url), "-", "*" or "1."
 * lists and line breaks. Parsed into a tree the view turns into elements (never HTML strings).
 */
export type Inline =
  | { t: "text"; v: string }
  | { t: "br" }
  | { t: "strong"; c: Inline[] }
  | { t: "em"; c: Inline[] }
  | { t: "link"; href: string; c: Inline[] };

export type Block = { t: "p"; c: Inline[] } | { t: "list"; ordered: boolean; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|_(?!\s)(.+?)_(?![A-Za-z0-9])|\[([^\]]+)\]\(([^)\s]+)\)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const m = INLINE.exec(rest);
    if (!m) break;
    if (m.index > 0) out.push({ t: "text", v: rest.slice(0, m.index) });
    const [, b1, b2, i1, i2, label, href] = m;
    if (b1 ?? b2) out.push({ t: "strong", c: parseInline(b1 ?? b2 ?? "") });
    else if (i1 ?? i2) out.push({ t: "em", c: parseInline(i1 ?? i2 ?? "") });
    else out.push({ t: "link", href: href ?? "", c: parseInline(label ?? "") });
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push({ t: "text", v: rest });
  return out;
}

const ITEM = /^\s*(?:([-*•])|(\d+)[.)])\s+(.*)$/;

export function parseMarkdown(src: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  const flushPara = () => {
    if (!para.length) return;
    const c: Inline[] = [];
    para.forEach((line, i) => {
      if (i) c.push({ t: "br" });
      c.push(...parseInline(line));
    });
    blocks.push({ t: "p", c });
    para = [];
  };
  for (const line of src.replace(/\r\n?/g, "\n").split("\n")) {
    const item = ITEM.exec(line);
    if (item) {
      flushPara();
      const ordered = item[2] !== undefined;
      const last = blocks[blocks.length - 1];
      const inline = parseInline(item[3] ?? "");
      if (last?.t === "list" && last.ordered === ordered) last.items.push(inline);
      else blocks.push({ t: "list", ordered, items: [inline] });
    } else if (line.trim() === "") flushPara();
    else para.push(line.trim());
  }
  flushPara();
  return blocks;
}
