import { describe, expect, it } from "vitest";
import { SiteConfig } from "../../src/config/site-config.ts";
import { EdgeEnv } from "../../src/config/edge-env.ts";
import { formToInput } from "../../src/dashboard/form-to-input.ts";
import { configToForm, fieldErrors, normalizeForm } from "../../src/dashboard/settings-form.ts";
import { demoSite } from "../../src/sites/demo-site.ts";
import { devVars } from "../routes/worker-env.ts";

const demo = demoSite(EdgeEnv.parse(devVars));
const parseForm = (raw: Record<string, unknown>) => SiteConfig.safeParse(formToInput(normalizeForm(raw)));

describe("settings form", () => {
  it("round-trips a stored configuration through the form unchanged", () => {
    const values = configToForm(demo);
    expect(values["brand.color"]).toBe("#2f6f5e");
    expect(values["offers.1.objections"]).toEqual(["price_discount"]);
    expect(values["triggers.pages"]).toBe("/cart\n/checkout");
    const parsed = parseForm(values);
    expect(parsed.success && parsed.data).toEqual(demo);
  });

  it("treats an unticked checkbox as false, a blank row as absent and a removed row as gone", () => {
    const values = configToForm(demo);
    delete values["triggers.exitIntent"];
    delete values["offers.0.requireAddressedFirst"];
    const raw = { ...values, "offers.0.remove": "on", "offers.2.code": "", "offers.2.kind": "percent", "followUp.steps.1.channel": "", "followUp.steps.1.delayMinutes": "" };
    const parsed = parseForm(raw);
    if (!parsed.success) throw parsed.error;
    expect(parsed.data.triggers.exitIntent).toBe(false);
    expect(parsed.data.offers.map((o) => o.code)).toEqual(["SAVE10"]);
    expect(parsed.data.followUp.steps).toHaveLength(1);
  });

  it("gives a new offer an id from its code", () => {
    const raw = { ...configToForm(demo), "offers.2.code": "Winter 5", "offers.2.kind": "fixed", "offers.2.value": "500", "offers.2.objections": "price_discount" };
    const parsed = parseForm(raw);
    if (!parsed.success) throw parsed.error;
    expect(parsed.data.offers[2]).toMatchObject({ id: "winter-5", code: "Winter 5", kind: "fixed", value: 500, objections: ["price_discount"] });
  });

  it("puts each zod issue on the field it concerns, renumbered rows included", () => {
    const raw = {
      ...configToForm(demo),
      "brand.color": "green",
      "brand.assistantName": "",
      "store.tokenSecret": "SESSION_SECRET",
      allowedOrigins: "https://ok.example\nnot a url",
      "offers.0.remove": "on",
      "offers.1.value": "ten",
    };
    const parsed = parseForm(raw);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = fieldErrors(parsed.error);
    expect(Object.keys(errors).sort()).toEqual(["allowedOrigins", "brand.assistantName", "brand.color", "offers.0.value", "store.tokenSecret"]);
    expect(errors["brand.color"]).toEqual(["expected #rrggbb"]);
    expect(errors["brand.assistantName"]).toEqual(["Required."]);
    expect(errors["store.tokenSecret"]?.[0]).toMatch(/STORE_TOKEN_/);
  });
});
