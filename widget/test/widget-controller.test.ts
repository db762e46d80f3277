import { afterEach, describe, expect, it, vi } from "vitest";
import { createConsentStorage } from "../src/loader/consent-storage.ts";
import { createWidget } from "../src/loader/widget-controller.ts";

const edge = "https://edge.example";

interface Run {
  triggers: { minCartValue?: number; cooldownMinutes?: number; maxProactiveOpens?: number };
  cartValue: number;
  /** Proactive opens this session already had, the last one `minutesAgo` minutes ago. */
  earlier?: { opens: number; minutesAgo: number };
}

/**
 * Runs the loader against a stubbed edge until the idle trigger fires on this page, and returns
 * how many proactive opens the session has counted (null: none). The panel chunk cannot load here,
 * so the count is what tells whether the site's caps let the trigger open the panel.
 */
async function proactiveOpens(run: Run): Promise<string | null> {
  const signals: string[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.endsWith("/widget-config"))
      return Response.json({ siteId: "demo", brand: { assistantName: "Mia", color: "#2f6f5e" }, triggers: { idleSeconds: 0.05, pages: ["/"], exitIntent: false, ...run.triggers }, followUp: { requireConsent: true } });
    if (url.endsWith("/v1/sessions")) return Response.json({ sessionId: "s1", token: "tok", group: "agent" });
    if (url.endsWith("/v1/sessions/s1")) return Response.json({ messages: [] });
    if (url.endsWith("/v1/signals")) signals.push(String(init?.body));
    return new Response(null, { status: 204 });
  });
  Object.defineProperty(navigator, "sendBeacon", { value: () => false, configurable: true });
  // The build names the panel chunk; here its import simply fails, as a failed chunk load would.
  vi.stubGlobal("__CS_PANEL_FILE__", "panel-test.js");
  const storage = createConsentStorage(() => null);
  if (run.earlier) {
    storage.set("session", "opens:s1", String(run.earlier.opens));
    storage.set("session", "openedAt:s1", String(Date.now() - run.earlier.minutesAgo * 60_000));
  }
  const command = createWidget(edge, "demo", storage);
  command("identify", { cartId: "c1", itemCount: 1, cartValue: run.cartValue });
  await vi.waitFor(() => expect(signals.some((s) => s.includes('"type":"idle"'))).toBe(true), { timeout: 3000 });
  return storage.get("session", "opens:s1");
}

afterEach(() => vi.unstubAllGlobals());

describe("the loader applies the site's proactive caps to a trigger", () => {
  it("triggers.minCartValue: a cart under it is left alone, one at it opens", async () => {
    expect(await proactiveOpens({ triggers: { minCartValue: 5000 }, cartValue: 4999 })).toBeNull();
    expect(await proactiveOpens({ triggers: { minCartValue: 5000 }, cartValue: 5000 })).toBe("1");
  });

  it("triggers.maxProactiveOpens: 0 never opens by itself; 2 allows a second open", async () => {
    expect(await proactiveOpens({ triggers: { maxProactiveOpens: 0 }, cartValue: 9000 })).toBeNull();
    expect(await proactiveOpens({ triggers: { maxProactiveOpens: 2, cooldownMinutes: 0 }, cartValue: 9000, earlier: { opens: 1, minutesAgo: 1 } })).toBe("2");
  });

  it("triggers.cooldownMinutes: no second open within it, one after it", async () => {
    const earlier = { opens: 1, minutesAgo: 30 };
    expect(await proactiveOpens({ triggers: { maxProactiveOpens: 2, cooldownMinutes: 60 }, cartValue: 9000, earlier })).toBe("1");
    expect(await proactiveOpens({ triggers: { maxProactiveOpens: 2, cooldownMinutes: 20 }, cartValue: 9000, earlier })).toBe("2");
  });
});
