/** @jsxImportSource hono/jsx */
import { brandContrast, contrastVerdict } from "./contrast.ts";
import { Checkbox, Select, TextArea, TextField, type FormState } from "./settings-fields.tsx";
import { one, rowCount } from "./settings-form.ts";

export function SiteSection({ form, creating }: { form: FormState; creating: boolean }) {
  return (
    <fieldset id="site">
      <legend>Site</legend>
      {creating ? (
        <TextField form={form} name="siteId" label="Site id" hint="Lowercase letters, digits and dashes; it goes into the embed code and cannot change later." />
      ) : (
        <input type="hidden" name="siteId" value={one(form.values.siteId)} />
      )}
      <TextField form={form} name="name" label="Name" />
      <TextArea form={form} name="allowedOrigins" label="Allowed origins" hint="One per line, e.g. https://shop.example. Only pages on these origins may start a session." />
    </fieldset>
  );
}

export function BrandSection({ form }: { form: FormState }) {
  const color = one(form.values["brand.color"]);
  const contrast = brandContrast(color);
  return (
    <fieldset id="brand">
      <legend>Brand</legend>
      <TextField form={form} name="brand.assistantName" label="Assistant name" />
      <TextField form={form} name="brand.storeName" label="Store name as shoppers know it" hint="Used when a person takes over; the site's name when empty." />
      <TextField
        form={form}
        name="brand.color"
        label="Colour"
        hint={
          contrast ? (
            <span data-contrast={contrast.ratio >= 4.5 ? "pass" : "fail"}>
              <svg class="swatch" width="28" height="18" aria-hidden="true">
                <rect width="28" height="18" rx="4" fill={color} />
                <text x="14" y="13" font-size="11" text-anchor="middle" fill={contrast.text}>
                  Aa
                </text>
              </svg>{" "}
              {contrastVerdict(contrast)}
            </span>
          ) : (
            "#rrggbb, e.g. #2f6f5e."
          )
        }
      />
      <TextArea form={form} name="brand.greeting" label="Greeting" hint="Shown when the panel opens (up to 280 characters)." />
      <Select form={form} name="brand.tone" label="Tone" options={[["friendly", "Friendly"], ["professional", "Professional"], ["playful", "Playful"]]} />
      <Select form={form} name="brand.language" label="Language" options={[["auto", "The shopper's page language"], ["en", "English"], ["de", "German"]]} />
    </fieldset>
  );
}

export function TriggersSection({ form }: { form: FormState }) {
  return (
    <fieldset id="triggers">
      <legend>When the assistant opens by itself</legend>
      <TextArea form={form} name="triggers.pages" label="Pages where idling counts" hint="Path prefixes, one per line (e.g. /cart)." />
      <TextField form={form} name="triggers.idleSeconds" type="number" label="Idle seconds" hint="Open after this long without activity on those pages." />
      <Checkbox form={form} name="triggers.exitIntent" label="Open on exit intent (pointer leaving through the top, back button on phones)" />
      <TextField form={form} name="triggers.minSecondsOnPage" type="number" label="Seconds on a page before exit intent counts" />
      <TextField form={form} name="triggers.maxProactiveOpens" type="number" label="At most this many unprompted opens per shopper" />
      <TextField form={form} name="triggers.cooldownMinutes" type="number" label="Minutes between unprompted opens" />
      <TextField form={form} name="triggers.minCartValue" type="number" label="Minimum cart value (cents)" hint="Below it the assistant never opens by itself." />
    </fieldset>
  );
}

const channels = [["", "(none: remove this step)"], ["email", "Email"], ["sms", "SMS"], ["whatsapp", "WhatsApp"]] as const;

export function FollowUpSection({ form }: { form: FormState }) {
  const count = rowCount(form.values, "followUp.steps");
  return (
    <fieldset id="followUp">
      <legend>Follow-up after the shopper leaves</legend>
      {Array.from({ length: count + 1 }, (_, i) => (
        <div class="row" data-row={`followUp.steps.${i}`}>
          <Select form={form} name={`followUp.steps.${i}.channel`} label={i < count ? `Step ${i + 1}: channel` : "Add a step: channel"} options={channels} />
          <TextField form={form} name={`followUp.steps.${i}.delayMinutes`} type="number" label="Minutes after the cart counts as abandoned" />
        </div>
      ))}
      <TextField form={form} name="followUp.quietHours.start" type="time" label="Quiet hours start" hint="No message is sent between start and end (shop time); equal times mean no quiet hours." />
      <TextField form={form} name="followUp.quietHours.end" type="time" label="Quiet hours end" />
      <Checkbox form={form} name="followUp.requireConsent" label="Only contact shoppers who consented" />
      <TextField form={form} name="followUp.graceMinutes" type="number" label="Minutes a closed tab may stay away before the cart counts as abandoned" />
      <TextField form={form} name="followUp.inactivityMinutes" type="number" label="Minutes without any activity before the cart counts as abandoned" />
      <TextField
        form={form}
        name="followUp.phoneCountries"
        label="SMS and WhatsApp only to numbers from these countries"
        hint="ISO codes separated by commas (e.g. DE, AT); empty: the countries the store ships to; none: no phone numbers at all."
      />
      <TextArea form={form} name="followUp.senderAddress" label="Postal address for the footer of follow-up emails" hint="Required to send follow-up emails." />
    </fieldset>
  );
}

export function HandoverSection({ form }: { form: FormState }) {
  return (
    <fieldset id="escalation">
      <legend>Handover to a person</legend>
      <TextField form={form} name="escalation.handoff.email" type="email" label="Notify this email address" />
      <TextField form={form} name="escalation.handoff.webhookUrl" type="url" label="Notify this webhook (Slack or Teams incoming webhook URL)" />
      <TextArea form={form} name="escalation.keywords" label="Words that ask for a person" hint="One per line." />
      <TextField form={form} name="escalation.vipMinLifetimeValue" type="number" label="VIP from this lifetime value (cents)" />
      <TextField
        form={form}
        name="escalation.humanReplyTimeoutMinutes"
        type="number"
        label="Minutes to wait for a person's reply"
        hint="After that the shopper is told so and the assistant takes over again."
      />
    </fieldset>
  );
}

export function MeasurementSection({ form }: { form: FormState }) {
  return (
    <fieldset id="measurement">
      <legend>Measurement</legend>
      <TextField
        form={form}
        name="holdoutPercent"
        type="number"
        label="Holdout share (%)"
        hint="This share of carts never sees the assistant, so the dashboard can show the lift it brings."
      />
      <TextField form={form} name="attributionWindowHours" type="number" label="Attribution window (hours)" hint="An order this long after a conversation still counts as recovered." />
    </fieldset>
  );
}
