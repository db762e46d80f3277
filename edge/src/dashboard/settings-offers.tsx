/** @jsxImportSource hono/jsx */
import { objectionCodes } from "../domain/objection.ts";
import { label } from "./format.ts";
import { Checkbox, Choices, Select, TextArea, TextField, type FormState } from "./settings-fields.tsx";
import { rowCount } from "./settings-form.ts";

const kinds = [["percent", "Percent off"], ["fixed", "Amount off (cents)"], ["free_shipping", "Free shipping"]] as const;
const objections = objectionCodes.map((code) => [code, label(code)] as const);

/** The policy engine's rules (policy/decide-offer.ts), in the order it applies them. */
function Rules() {
  return (
    <ol class="rules" id="offer-rules">
      <li>The assistant never names a code: it asks for an offer by the shopper's objection, and these rules decide.</li>
      <li>Shoppers in the holdout group never get an offer.</li>
      <li>Only offers that list the objection are candidates, tried from the top of this list down.</li>
      <li>A cart gets at most “offers per cart” granted, across all its sessions; an offer already granted, or already on the cart, is not offered again.</li>
      <li>With “only after the objection was answered”, the assistant first answers the objection without a discount; only a second request can get the offer.</li>
      <li>The cart's subtotal must reach the offer's minimum.</li>
      <li>An offer limited to categories counts only those lines; an offer that would not lower the price (e.g. free shipping on free shipping) is skipped.</li>
      <li>All discounts on the cart together, this one included, may not exceed the discount cap below; the first offer that fits is granted, else none.</li>
    </ol>
  );
}

export function OffersSection(props: { form: FormState }) {
  const count = rowCount(props.form.values, "offers");
  // The "add" row starts with the schema's defaults ticked.
  const fresh = { [`offers.${count}.requireAddressedFirst`]: "on", [`offers.${count}.onePerCustomer`]: "on" };
  const form = { ...props.form, values: { ...fresh, ...props.form.values } };
  return (
    <fieldset id="offers">
      <legend>Offers and the discount cap</legend>
      <Rules />
      <TextField form={form} name="maxDiscountPercent" type="number" label="Discount cap (% of the cart's subtotal)" />
      <TextField form={form} name="maxOffersPerCart" type="number" label="Offers per cart" hint="In total, across all of a cart's sessions." />
      {Array.from({ length: count + 1 }, (_, i) => (
        <div class="row" data-row={`offers.${i}`}>
          <input type="hidden" name={`offers.${i}.id`} value={String(form.values[`offers.${i}.id`] ?? "")} />
          <TextField form={form} name={`offers.${i}.code`} label={i < count ? `Offer ${i + 1}: code` : "Add an offer: code"} hint={i < count ? undefined : "Leave empty to add none."} />
          <Select form={form} name={`offers.${i}.kind`} label="Kind" options={kinds} />
          <TextField form={form} name={`offers.${i}.value`} type="number" label="Value" hint="Percent: 1–100; amount: cents; free shipping: 0." />
          <TextField form={form} name={`offers.${i}.minSubtotal`} type="number" label="Minimum subtotal (cents)" />
          <Choices form={form} name={`offers.${i}.objections`} label="Objections it answers" options={objections} />
          <TextArea form={form} name={`offers.${i}.collections`} label="Only for these categories" hint="One per line; empty means the whole cart." />
          <TextField form={form} name={`offers.${i}.countries`} label="Free shipping to these countries" hint="ISO codes separated by commas (e.g. DE, AT), the destinations the code makes free; empty: everywhere the store ships." />
          <Checkbox form={form} name={`offers.${i}.requireAddressedFirst`} label="Only after the objection was answered once without a discount" />
          <Checkbox form={form} name={`offers.${i}.onePerCustomer`} label="Once per customer" />
          {i < count ? (
            <label class="check">
              <input type="checkbox" name={`offers.${i}.remove`} /> Remove this offer
            </label>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
