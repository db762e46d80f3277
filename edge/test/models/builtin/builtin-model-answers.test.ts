import { describe, expect, it } from "vitest";
import { runBuiltin } from "./run-builtin.ts";

const toolNames = (calls: Array<{ toolName: string }>) => calls.map((c) => c.toolName);

describe("built-in model through streamText: grounded answers", () => {
  it("answers a shipping question with the real rates for the named country", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "How much is shipping to France?" }]);
    expect(calls).toContainEqual({ toolName: "getShippingRates", input: { country: "FR" } });
    expect(calls).toContainEqual({ toolName: "recordObjection", input: { code: "shipping_cost" } });
    expect(text).toContain("€8.90");
    expect(text).toContain("3–5 days");
    expect(text).toContain("France");
  });

  it("leads with delivery days for an indirect timing question", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "will it get here before Friday?" }]);
    expect(calls).toContainEqual({ toolName: "recordObjection", input: { code: "delivery_time" } });
    expect(toolNames(calls)).toContain("getShippingRates");
    expect(text).toMatch(/^Standard delivery to Germany takes 2–3 days/);
  });

  it("quotes the return window from the policy result", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "Can I return it if I don't like it?" }]);
    expect(calls).toContainEqual({ toolName: "getPolicies", input: { topic: "returns" } });
    expect(text).toContain("30 days");
    expect(text).toContain("returns are free");
  });

  it("names an in-stock alternative when the asked size is sold out", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "Do you have it in M?" }]);
    expect(calls).toContainEqual({ toolName: "checkStock", input: { size: "M" } });
    expect(text).toContain("sold out");
    expect(text).toContain("L / Olive");
    expect(text).not.toMatch(/M is in stock/);
  });

  it("recommends a size from measurements and notices it is the one in the cart", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "my chest is 102 cm, which size?" }]);
    expect(calls).toContainEqual({ toolName: "adviseSize", input: { chestCm: 102 } });
    expect(text).toContain("I'd go with L: a 102 cm chest is in the L range (100–107 cm). That's the size already in your cart.");
    expect(text).not.toContain("switch your cart");
  });

  it("answers returns and sizing together for 'what if it doesn't fit'", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "what if it doesn't fit" }]);
    expect(calls.filter((c) => c.toolName === "recordObjection").map((c) => c.input)).toEqual([{ code: "returns" }, { code: "sizing_fit" }]);
    expect(text).toContain("30 days");
    expect(text).toContain("chest or waist in cm");
  });

  it("answers German in German with German number formatting", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "Was kostet der Versand nach Frankreich?" }]);
    expect(calls).toContainEqual({ toolName: "getShippingRates", input: { country: "FR" } });
    expect(text).toContain("Versand nach Frankreich");
    expect(text).toMatch(/8,90\s€/); // Intl puts a no-break space before the sign
    expect(text).toContain("3–5 Tage");
    expect(text).not.toMatch(/business days|Shipping/);
  });

  it("checks compatibility against the cart product's list", async () => {
    const yes = await runBuiltin([{ role: "user", content: "Does it work with my iPhone 15?" }]);
    expect(toolNames(yes.calls)).toEqual(["recordObjection", "getCart", "getProduct"]);
    expect(yes.calls).toContainEqual({ toolName: "getProduct", input: { productId: "trail-jacket" } });
    expect(yes.text).toContain("Yes, the Trail Jacket works with the iPhone 15");
    const no = await runBuiltin([{ role: "user", content: "will it fit my Galaxy S24?" }]);
    expect(no.text).toContain("Galaxy S24 isn't on the Trail Jacket's compatibility list");
  });

  it("asks one clarifying question with options when it cannot tell what the shopper means", async () => {
    const { text } = await runBuiltin([{ role: "user", content: "hmm" }]);
    expect(text).toMatch(/shipping costs and delivery time, returns, sizing, or payment options\?$/);
    expect(text.match(/\?/g)).toHaveLength(1);
  });

  it("greets in the site's tone", async () => {
    const friendly = await runBuiltin([{ role: "user", content: "hello" }]);
    expect(friendly.text).toMatch(/^Hi, I'm Mia! I see the Trail Jacket in your cart\./);
    const professional = await runBuiltin([{ role: "user", content: "hello" }], { cartSaver: { tone: "professional" } });
    expect(professional.text).toMatch(/^Hello, this is Mia\./);
  });

  it("hands over to a person when asked", async () => {
    const { calls, text } = await runBuiltin([{ role: "user", content: "can I talk to a human please" }]);
    expect(toolNames(calls)).toEqual(["handOver"]);
    expect(text).toContain("colleague");
  });
});
