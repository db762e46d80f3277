import type { PanelHost } from "../src/common/widget-types.ts";

/** A panel host for unit tests: the demo site's widget config, session s1, one earlier user message. */
export function testPanelHost(overrides: Partial<PanelHost> = {}): PanelHost {
  return {
    root: document.createElement("div").attachShadow({ mode: "open" }),
    launcher: document.createElement("button"),
    edge: "https://edge.example",
    config: {
      siteId: "demo",
      name: "Demo",
      brand: { assistantName: "Mia", color: "#2f6f5e", greeting: "Hi", language: "en" },
      triggers: { exitIntent: true, idleSeconds: 45, pages: ["/cart"], minCartValue: 0, cooldownMinutes: 60, minSecondsOnPage: 3, maxProactiveOpens: 1 },
      requireConsent: true,
    },
    session: { sessionId: "s1", token: "tok", group: "agent" },
    lang: "en",
    rtl: false,
    history: [{ id: "u0", role: "user", parts: [{ type: "text", text: "earlier" }] }],
    pageOrigin: "https://shop.example",
    signal: () => {},
    emit: () => {},
    remember: () => {},
    ...overrides,
  };
}
