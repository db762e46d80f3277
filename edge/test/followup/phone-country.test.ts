import { describe, expect, it } from "vitest";
import { allowedPhoneCountries, phoneCountry } from "../../src/followup/phone-country.ts";
import { testPolicies } from "../channels/support/store-fixtures.ts";
import { testSite } from "./support/test-site.ts";

describe("SMS/WhatsApp country allowlist", () => {
  it("tells NANP countries apart: +1 876 is Jamaica, +1 212 the US; Sierra Leone is SL", () => {
    expect(phoneCountry("+18765551234")).toBe("JM");
    expect(phoneCountry("+12125551234")).toBe("US");
    expect(phoneCountry("+23276000003")).toBe("SL");
    expect(phoneCountry("+4915112345678")).toBe("DE");
    expect(phoneCountry("+999123")).toBeNull();
  });

  it("uses the site's followUp.phoneCountries, else the store's shipping countries, else none", () => {
    const policies = { ...testPolicies, shipping: { countries: ["DE", "AT"] } };
    expect(allowedPhoneCountries(testSite({ phoneCountries: ["DE"] }).followUp, policies)).toEqual(["DE"]);
    expect(allowedPhoneCountries(testSite().followUp, policies)).toEqual(["DE", "AT"]);
    expect(allowedPhoneCountries(testSite().followUp, null)).toEqual([]);
    expect(allowedPhoneCountries(testSite().followUp, { ...testPolicies, shipping: "worldwide" })).toEqual([]);
  });
});
