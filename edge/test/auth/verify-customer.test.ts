import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyCustomer } from "../../src/auth/verify-customer.ts";
import { testSite } from "../followup/support/test-site.ts";

const env = { STORE_TOKEN_IDENTITY_A: "secret-a", STORE_TOKEN_IDENTITY_B: "secret-b" };
const customer = { id: "cus_1", email: " Ana@Example.com " };
const hashWith = (key: string) => createHmac("sha256", key).update(customer.id).digest("hex");

describe("verifyCustomer: the site's identity.secret", () => {
  it("checks customerHash with the key in the worker secret the site names", async () => {
    const a = { ...testSite(), identity: { secret: "STORE_TOKEN_IDENTITY_A" } };
    const b = { ...testSite(), identity: { secret: "STORE_TOKEN_IDENTITY_B" } };
    expect(await verifyCustomer(a, env, customer, hashWith("secret-a"))).toEqual({ ok: true, customer: { id: "cus_1", email: "ana@example.com" } });
    expect(await verifyCustomer(b, env, customer, hashWith("secret-a"))).toMatchObject({ ok: false, code: "invalid_customer_hash" });
    expect(await verifyCustomer(b, env, customer, hashWith("secret-b"))).toMatchObject({ ok: true });
  });

  it("refuses a hash when the site has no identity secret, or names one that is not set", async () => {
    const { identity: _none, ...site } = testSite();
    expect(await verifyCustomer(site, env, customer, hashWith("secret-a"))).toMatchObject({ ok: false, code: "identity_not_configured" });
    const unset = { ...site, identity: { secret: "STORE_TOKEN_IDENTITY_C" } };
    expect(await verifyCustomer(unset, env, customer, hashWith("secret-a"))).toMatchObject({ ok: false, code: "identity_not_configured" });
  });

  it("leaves a shopper without a hash anonymous", async () => {
    expect(await verifyCustomer(testSite(), env, customer, undefined)).toEqual({ ok: true, customer: null });
  });
});
