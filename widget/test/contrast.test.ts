import { describe, expect, it } from "vitest";
import { textOn } from "../src/shared/contrast.ts";

describe("text on the brand colour", () => {
  it("is white on dark brands and near-black on light ones", () => {
    expect(textOn("#2f6f5e")).toBe("#fff");
    expect(textOn("#000080")).toBe("#fff");
    expect(textOn("#ffdd00")).toBe("#1b1b1b");
    expect(textOn("#ffffff")).toBe("#1b1b1b");
  });
});
