import { describe, expect, it } from "vitest";
import { buildInstructions } from "../../src/agent/instructions.ts";
import { testSite } from "./agent-fixtures.ts";

describe("buildInstructions", () => {
  it("names the assistant and store, sets tone and language, and keeps offers in the tools", () => {
    const site = testSite({ brand: { assistantName: "Kai", color: "#000000", greeting: "Hallo", tone: "professional", language: "de" } });
    const text = buildInstructions({ site, session: { language: "en" }, opener: null });
    expect(text).toContain("You are Kai, the shopping assistant of Demo Store");
    expect(text).toContain("polite, precise and calm");
    expect(text).toContain("Always answer in German.");
    expect(text).toContain("Only requestOffer can grant one");
    expect(text).toContain("Never invent or guess");
    expect(text).not.toContain("proactive");
  });

  it("follows the shopper's language when the site says auto, and explains an opener turn", () => {
    const text = buildInstructions({ site: testSite(), session: { language: "de" }, opener: { trigger: "exit_intent", page: "/checkout" } });
    expect(text).toContain("probably German");
    expect(text).toContain("signal: exit_intent on /checkout");
    expect(text).toContain("Call getCart");
  });

  it("tells a real model that saving an address is not consent, where the shopper is, and what to do without a tool", () => {
    const text = buildInstructions({ site: testSite(), session: { language: "en", page: "/checkout/shipping" }, opener: null });
    expect(text).toContain("it never records consent");
    expect(text).toContain("never when they say not to contact them");
    expect(text).toContain("The shopper is on /checkout/shipping.");
    expect(text).toContain("Do not offer checkout on the checkout page itself");
    expect(text).toContain("say you cannot check that for this store");
  });
});
