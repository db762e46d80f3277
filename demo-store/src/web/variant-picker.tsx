/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { CatalogProduct, CatalogVariant } from "../domain/product.ts";

/**
 * Size and colour chips as plain links (`?variant=`), so picking works without JavaScript.
 * Each chip jumps to the variant that keeps the other option and changes this one.
 */
export function VariantPicker({ product, selected, inventory }: { product: CatalogProduct; selected: CatalogVariant; inventory: Record<string, number> }) {
  const dimension = (key: "size" | "color", label: string) => {
    const values = [...new Set(product.variants.flatMap((v) => v.options[key] ?? []))];
    if (values.length === 0) return null;
    const other = key === "size" ? "color" : "size";
    return (
      <div>
        <label>
          {label}: <span class="muted">{selected.options[key]}</span>
        </label>
        <div class="pills">
          {values.map((value) => {
            const target =
              product.variants.find((v) => v.options[key] === value && v.options[other] === selected.options[other]) ??
              product.variants.find((v) => v.options[key] === value);
            if (!target) return null;
            const soldOut = (inventory[target.id] ?? 0) === 0;
            const classes = ["chip", target.id === selected.id ? "selected" : "", soldOut ? "sold-out" : ""].filter(Boolean).join(" ");
            return (
              <a class={classes} href={`/products/${product.id}?variant=${encodeURIComponent(target.id)}`} data-testid="variant-option" data-variant-id={target.id} data-option={key} data-value={value} aria-current={target.id === selected.id ? "true" : undefined}>
                {value}
              </a>
            );
          })}
        </div>
      </div>
    );
  };
  return (
    <div data-testid="variant-picker">
      {dimension("color", product.category === "electronics" ? "Model" : "Colour")}
      {dimension("size", "Size")}
    </div>
  );
}

export function StockStatus({ available }: { available: number }) {
  if (available === 0) return <p class="stock out" data-testid="stock-status">Out of stock</p>;
  if (available <= 3) return <p class="stock low" data-testid="stock-status">Only {available} left</p>;
  return <p class="stock ok" data-testid="stock-status">In stock</p>;
}
