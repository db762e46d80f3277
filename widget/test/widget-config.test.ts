import { describe, expect, it } from "vitest";
import { parseWidgetConfig } from "../src/loader/widget-config.ts";

describe("widget config", () => {
  it("reads the public config the edge serves", () => {
    const c = parseWidgetConfig(
      {
        siteId: "demo",
        name: "Demo",
        brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi!", tone: "friendly", language: "de" },
        triggers: { exitIntent: false, idleSeconds: 2, pages: ["/checkout"], minCartValue: 500, cooldownMinutes: 5, minSecondsOnPage: 1, maxProactiveOpens: 2 },
        followUp: { requireConsent: false, channels: ["email"] },
      },
      "demo",
    );
    expect(c).toEqual({
      siteId: "demo",
      name: "Demo",
      brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi!", language: "de" },
      triggers: { exitIntent: false, idleSeconds: 2, pages: ["/checkout"], minCartValue: 500, cooldownMinutes: 5, minSecondsOnPage: 1, maxProactiveOpens: 2 },
      requireConsent: false,
    });
  });

  it("falls back to safe defaults on missing or hostile values", () => {
    const c = parseWidgetConfig({ brand: { color: "red;}body{display:none", language: "fr" }, triggers: { idleSeconds: "soon" } }, "s1");
    expect(c.siteId).toBe("s1");
    expect(c.brand.color).toBe("#2f6f5e");
    expect(c.brand.language).toBe("auto");
    expect(c.triggers.idleSeconds).toBe(45);
    expect(c.triggers.pages).toEqual(["/cart", "/checkout"]);
    expect(c.requireConsent).toBe(true);
  });
});
