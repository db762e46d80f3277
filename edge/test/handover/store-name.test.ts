import { describe, expect, it } from "vitest";
import { buildInstructions } from "../../src/agent/instructions.ts";
import { sessionSnapshot } from "../policy/memory-effects.ts";
import { testSite } from "../agent/agent-fixtures.ts";

describe("brand.storeName: the name shoppers know the store by", () => {
  it("is what the assistant calls the store, with the internal name as the fallback", () => {
    const site = testSite();
    const named = { ...site, brand: { ...site.brand, storeName: "Northwind Goods" } };
    expect(buildInstructions({ site: named, session: sessionSnapshot(), opener: null })).toContain("the shopping assistant of Northwind Goods,");
    expect(buildInstructions({ site, session: sessionSnapshot(), opener: null })).toContain("the shopping assistant of Demo Store,");
  });
});
