import { describe, expect, it } from "vitest";
import { asksForPerson } from "../../src/handover/asks-for-person.ts";
import { triggerOf } from "../../src/handover/hold-turn.ts";
import { fail } from "../../src/store/result.ts";
import { testSite } from "../followup/support/test-site.ts";

const defaults = ["human", "agent", "mensch", "mitarbeiter"];

describe("asksForPerson (checked by the platform before any model runs)", () => {
  it.each([
    "I want to talk to a human",
    "Can I speak to a real person?",
    "AGENT please",
    "Is there a person I can talk to?",
    "customer service?",
    "Ich möchte mit einem Menschen sprechen",
    "Bitte einen Mitarbeiter!",
    "Kann ich mit einer echten Person reden?",
    "Mensch bitte",
  ])("asks for a person: %s", (text) => {
    expect(asksForPerson(text, defaults)).toBe(true);
  });

  it.each(["Does this come in blue?", "Is shipping to Germany free?", "Was kostet der Versand?", "My travel agency booked it", "humanity", "Agentur"])(
    "does not: %s",
    (text) => {
      expect(asksForPerson(text, defaults)).toBe(false);
    },
  );

  it("reads the site's own escalation.keywords as whole words", () => {
    expect(asksForPerson("I need the concierge", ["concierge"])).toBe(true);
    expect(asksForPerson("I need the concierges", ["concierge"])).toBe(false);
    expect(asksForPerson("I need the concierge", [])).toBe(false);
  });
});

describe("holdTurn's trigger reads the site's escalation.keywords", () => {
  const message = { id: "m1", role: "user" as const, parts: [{ type: "text" as const, text: "I need the concierge" }] };
  const input = (keywords: string[]) => {
    const site = testSite();
    return { site: { ...site, escalation: { ...site.escalation, keywords } }, message, history: [], storeApi: { getCustomer: async () => fail("not_found", "none") } };
  };

  it("hands over on a site keyword, not without it", async () => {
    expect(await triggerOf(input(["concierge"]), null, true)).toBe("keyword");
    expect(await triggerOf(input(defaults), null, true)).toBeNull();
  });
});
