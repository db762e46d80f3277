import type { CatalogProduct } from "../domain/product.ts";

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const shapes: Record<CatalogProduct["category"], string> = {
  apparel: '<path d="M120 70 L170 50 Q200 75 230 50 L280 70 L320 130 L285 150 L270 130 L270 300 L130 300 L130 130 L115 150 L80 130 Z"/>',
  shoes: '<path d="M70 230 Q80 170 130 160 L180 150 Q220 200 290 205 Q340 212 340 250 L340 265 L70 265 Z"/>',
  electronics: '<rect x="140" y="60" width="120" height="240" rx="22"/><circle cx="200" cy="270" r="10" fill="#ffffff55"/>',
  home: '<path d="M200 60 L320 160 L290 160 L290 300 L110 300 L110 160 L80 160 Z"/>',
};

/** A simple generated product picture (served by the store, so pages work offline). */
export function productSvg(product: CatalogProduct): string {
  const [bg, fg] = product.palette;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(product.title)}">
<rect width="400" height="400" fill="${bg}"/>
<g fill="${fg}">${shapes[product.category]}</g>
<text x="200" y="360" font-family="system-ui,sans-serif" font-size="22" text-anchor="middle" fill="${fg}">${escapeXml(product.title)}</text>
</svg>`;
}
