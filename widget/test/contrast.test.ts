import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio, textOn } from "../src/common/contrast.ts";

const hex = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`);

describe("text on the brand colour", () => {
  it("is white on dark brands and black on light ones", () => {
    expect(textOn("#2f6f5e")).toBe("#ffffff");
    expect(textOn("#000080")).toBe("#ffffff");
    expect(textOn("#ffdd00")).toBe("#000000");
    expect(textOn("#ffffff")).toBe("#000000");
  });

  it("meets WCAG AA (4.5:1) against any brand colour, mid tones included", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio(textOn("#767676"), "#767676")).toBeGreaterThanOrEqual(4.5);
    fc.assert(fc.property(hex, (c) => contrastRatio(textOn(c), c) >= 4.5), { numRuns: 5000 });
  });
});
