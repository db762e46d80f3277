import { describe, expect, it } from "vitest";
import { Country, findRate, quoteRates, shippingTable } from "../src/domain/shipping.ts";

describe("shipping rates", () => {
  it("every destination has standard and express with sane delivery windows", () => {
    for (const country of Country.options) {
      const kinds = shippingTable[country].rates.map((r) => r.kind);
      expect(kinds).toEqual(["standard", "express"]);
      for (const r of shippingTable[country].rates) expect(r.minDays).toBeLessThanOrEqual(r.maxDays);
    }
  });

  it("DE standard is €4.95 and free from €60", () => {
    const below = quoteRates("DE", 5999, false);
    expect(below[0]).toMatchObject({ id: "de-standard", price: 495, freeOver: 6000 });
    const above = quoteRates("DE", 6000, false);
    expect(above[0]).toMatchObject({ price: 0, originalPrice: 495, freeBecause: "threshold" });
    expect(above[1]).toMatchObject({ id: "de-express", price: 1290 });
  });

  it("a free-shipping coupon zeroes standard, never express", () => {
    const [standard, express] = quoteRates("US", 1000, true);
    expect(standard).toMatchObject({ price: 0, originalPrice: 1995, freeBecause: "coupon" });
    expect(express).toMatchObject({ price: 3995 });
    expect(express?.originalPrice).toBeUndefined();
  });

  it("outside the EU carries a duties note, inside it does not", () => {
    expect(quoteRates("GB", 0, false)[0]?.dutiesNote).toMatch(/duties/);
    expect(quoteRates("AU", 0, false)[0]?.dutiesNote).toMatch(/duties/);
    expect(quoteRates("FR", 0, false)[0]?.dutiesNote).toBeUndefined();
  });

  it("finds a rate and its country by id", () => {
    expect(findRate("gb-express")).toMatchObject({ country: "GB", rate: { kind: "express" } });
    expect(findRate("mars-standard")).toBeUndefined();
  });
});
