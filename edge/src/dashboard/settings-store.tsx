/** @jsxImportSource hono/jsx */
import { Checkbox, Select, TextField, type FormState } from "./settings-fields.tsx";
import { one, rowCount } from "./settings-form.ts";

export const platforms = [
  ["cart-saver", "Cart Saver Store API v1"],
  ["shopify", "Shopify"],
  ["woocommerce", "WooCommerce"],
  ["vendure", "Vendure"],
] as const;

const secretHint = (what: string) => `The name of the worker secret holding ${what}, never the value: set it with \`wrangler secret put STORE_TOKEN_<NAME>\`.`;

type Props = { form: FormState };

function Secret({ form, name, label, what }: Props & { name: string; label: string; what: string }) {
  return <TextField form={form} name={name} label={label} hint={secretHint(what)} />;
}

/** What the merchant states where the platform has only policy text (the platform's own data wins). */
function Facts({ form }: Props) {
  const count = rowCount(form.values, "store.facts.paymentMethods");
  return (
    <fieldset id="store-facts">
      <legend>Policy facts the platform does not state</legend>
      <TextField form={form} name="store.facts.returnWindowDays" type="number" label="Return window (days)" />
      <Select form={form} name="store.facts.freeReturns" label="Free returns" options={[["", "Not stated"], ["yes", "Yes"], ["no", "No"]]} />
      <TextField form={form} name="store.facts.freeShippingOver" type="number" label="Free shipping from this subtotal (cents)" />
      <TextField form={form} name="store.facts.deliveryDays.min" type="number" label="Delivery time: at least (business days)" />
      <TextField form={form} name="store.facts.deliveryDays.max" type="number" label="Delivery time: at most (business days)" />
      <TextField form={form} name="store.facts.supportEmail" type="email" label="Support email" />
      {Array.from({ length: count + 1 }, (_, i) => (
        <div class="row" data-row={`store.facts.paymentMethods.${i}`}>
          <TextField
            form={form}
            name={`store.facts.paymentMethods.${i}.name`}
            label={i < count ? `Payment method ${i + 1}` : "Add a payment method"}
            hint={i < count ? "Clear the name to remove it." : "E.g. PayPal; leave empty to add none."}
          />
          <Checkbox form={form} name={`store.facts.paymentMethods.${i}.bnpl`} label="Buy now, pay later" />
        </div>
      ))}
    </fieldset>
  );
}

/** The selected platform's own fields (the others are not rendered, and ignored if sent). */
function PlatformFields({ form, platform }: Props & { platform: string }) {
  switch (platform) {
    case "shopify":
      return (
        <>
          <TextField form={form} name="store.shopDomain" label="Shop domain" hint="E.g. acme.myshopify.com." />
          <TextField form={form} name="store.apiVersion" label="API version" hint="YYYY-MM, e.g. 2026-04." />
          <Secret form={form} name="store.tokenSecret" label="Storefront token: secret name" what="the Storefront API private access token" />
          <Secret form={form} name="store.adminTokenSecret" label="Admin token: secret name (optional)" what="an Admin API token with write_discounts and read_orders; without it no single-use codes or order history" />
          <Secret form={form} name="store.webhookSecret" label="Webhook signing: secret name" what="the app's client secret (signs order webhooks)" />
          <Facts form={form} />
        </>
      );
    case "woocommerce":
      return (
        <>
          <TextField form={form} name="store.baseUrl" type="url" label="Store URL" />
          <Secret form={form} name="store.tokenSecret" label="REST API key: secret name" what="consumer_key:consumer_secret of a read/write REST API v3 key" />
          <Secret form={form} name="store.webhookSecret" label="Webhook signing: secret name" what="the secret set on the order.created webhook" />
          <Facts form={form} />
        </>
      );
    case "vendure":
      return (
        <>
          <TextField form={form} name="store.shopApiUrl" type="url" label="Shop API URL" />
          <TextField form={form} name="store.adminApiUrl" type="url" label="Admin API URL" />
          <TextField form={form} name="store.checkoutUrl" type="url" label="Checkout page URL" hint="The storefront's checkout (Vendure has no storefront of its own)." />
          <TextField form={form} name="store.channelToken" label="Channel token (optional)" />
          <Secret form={form} name="store.tokenSecret" label="Admin token: secret name" what="an API administrator's bearer token" />
          <Secret form={form} name="store.webhookSecret" label="Webhook signing: secret name" what="the secret the order webhook plugin signs with" />
          <Facts form={form} />
        </>
      );
    default:
      return (
        <>
          <TextField form={form} name="store.baseUrl" type="url" label="Store API URL" />
          <Secret form={form} name="store.tokenSecret" label="Name of the worker secret holding the API token" what="the Store API v1 bearer token" />
        </>
      );
  }
}

export function StoreSection({ form }: Props) {
  const platform = one(form.values["store.platform"]) || "cart-saver";
  return (
    <fieldset id="store">
      <legend>Store connection</legend>
      <Select form={form} name="store.platform" label="Platform" options={platforms} />
      <button type="submit" name="switchPlatform" value="on" class="secondary">
        Show this platform's fields
      </button>
      <PlatformFields form={form} platform={platform} />
      <TextField
        form={form}
        name="identity.secret"
        label="Identity verification: secret name (optional)"
        hint={`${secretHint("the key your server signs customer ids with (customerHash)")} Without it every shopper is anonymous to the assistant's tools.`}
      />
    </fieldset>
  );
}
