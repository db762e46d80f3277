/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Cart } from "../domain/cart.ts";
import { Country, countryNames, type RateQuote } from "../domain/shipping.ts";
import type { Address } from "../domain/store-state.ts";
import { CheckoutFrame } from "./checkout-frame.tsx";
import { formatDays, formatMoney } from "./format.ts";
import type { PageContext } from "./layout.tsx";

interface Props {
  page: PageContext;
  cart: Cart;
  address: Address | undefined;
  /** Rates for the saved address's country; shipping costs appear only here. */
  rates: RateQuote[];
  dutiesNote?: string | undefined;
  error?: string | undefined;
}

export function CheckoutShipping({ page, cart, address, rates, dutiesNote, error }: Props) {
  const field = (name: keyof Omit<Address, "country">, label: string, autocomplete: string) => (
    <>
      <label for={name}>{label}</label>
      <input type="text" id={name} name={name} required autocomplete={autocomplete} value={address?.[name] ?? ""} data-testid={`address-${name}`} />
    </>
  );
  return (
    <CheckoutFrame page={page} cart={cart} step="shipping" error={error}>
      <form method="post" action="/checkout/address" class="panel">
        <h2>Delivery address</h2>
        {field("name", "Full name", "name")}
        {field("line1", "Street and number", "address-line1")}
        {field("postalCode", "Postal code", "postal-code")}
        {field("city", "City", "address-level2")}
        <label for="country">Country</label>
        <select id="country" name="country" data-testid="address-country">
          {Country.options.map((c) => (
            <option value={c} selected={(address?.country ?? "DE") === c}>
              {countryNames[c]}
            </option>
          ))}
        </select>
        <button type="submit" class={address ? "secondary" : ""} data-testid="save-address">
          {address ? "Update address" : "Show shipping options"}
        </button>
      </form>
      {address ? (
        <form method="post" action="/checkout/shipping" class="panel" data-testid="shipping-rates">
          <h2>Shipping to {countryNames[address.country]}</h2>
          {rates.map((rate, i) => (
            <label class="option">
              <input type="radio" name="rateId" value={rate.id} checked={cart.shipping ? cart.shipping.rateId === rate.id : i === 0} data-testid="shipping-rate" />
              <span>
                <strong>{rate.name}</strong> — <span data-testid="shipping-rate-price">{rate.price === 0 ? "Free" : formatMoney(rate.price)}</span>
                {rate.originalPrice !== undefined ? <s class="muted"> {formatMoney(rate.originalPrice)}</s> : null}
                <div class="muted">
                  {formatDays(rate.minDays, rate.maxDays)}
                  {rate.freeOver !== undefined && rate.price > 0 ? ` · free over ${formatMoney(rate.freeOver)}` : ""}
                </div>
              </span>
            </label>
          ))}
          {dutiesNote ? <p class="notice" data-testid="duties-note">{dutiesNote}</p> : null}
          <button type="submit" data-testid="continue" data-cartsaver-keep-clear>Continue to payment</button>
        </form>
      ) : null}
    </CheckoutFrame>
  );
}
