import { describe, expect, it } from "vitest";
import { asSchema } from "ai";
import { createTools } from "../../src/agent/tools/index.ts";
import { demoStore, variants } from "../store/demo-store-fixture.ts";
import { run, testTurn } from "./agent-fixtures.ts";

describe("action tools against the demo store", () => {
  const store = demoStore();

  it("changeCartLine swaps size, reports stock limits and unknown variants", async () => {
    const cart = await store.newCart([{ variantId: variants.runner42, quantity: 1 }]);
    const tools = createTools(testTurn(cart.id, { store }).input);
    const swapped = await run(tools.changeCartLine, { size: "43" });
    expect(swapped).toMatchObject({ ok: true, line: { variantId: "trail-runner--43", quantity: 1 } });
    expect(swapped.ok && swapped.cart.lines).toHaveLength(1);
    expect(await run(tools.changeCartLine, { quantity: 5 })).toMatchObject({ ok: false, code: "out_of_stock", available: 1 });
    expect(await run(tools.changeCartLine, { size: "99" })).toMatchObject({ ok: false, code: "variant_not_found" });
    expect(await run(tools.changeCartLine, { lineId: "missing", quantity: 1 })).toMatchObject({ ok: false, code: "line_not_found" });
  });

  it("createCheckoutLink returns a link to the store", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const out = await run(createTools(testTurn(cart.id, { store }).input).createCheckoutLink, {});
    expect(out.ok && out.url.startsWith("http://store.test")).toBe(true);
  });

  it("saveCartForLater keeps a valid address unverified and never records consent", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    const tools = createTools(turn.input);
    expect(await run(tools.saveCartForLater, { channel: "email", email: "not-an-email" })).toMatchObject({ ok: false, code: "invalid_contact" });
    expect(await run(tools.saveCartForLater, { channel: "sms", phone: "12" })).toMatchObject({ ok: false, code: "invalid_contact" });
    expect(turn.memory.contacts).toEqual([]);
    expect(await run(tools.saveCartForLater, { channel: "email", email: " a@example.com " })).toEqual({
      ok: true,
      channel: "email",
      address: "a@example.com",
      consentNeeded: true,
    });
    expect(await run(tools.saveCartForLater, { channel: "whatsapp", phone: "0049 151 2345678" })).toMatchObject({ ok: true, address: "+491512345678" });
    // Only the addresses: no consent flag reaches the session or the store.
    expect(turn.memory.contacts).toEqual([{ email: "a@example.com" }, { phone: "+491512345678" }]);
    const stored = await store.adapter.getCart(cart.id);
    expect(stored).toMatchObject({ ok: true, value: { customer: { consent: { email: false, sms: false, whatsapp: false } } } });
    expect(stored.ok && stored.value.customer.email).toBeFalsy();
  });

  it("saveCartForLater has no consent input for a model to set", async () => {
    const tools = createTools(testTurn("any").input);
    const schema = asSchema(tools.saveCartForLater.inputSchema);
    expect(await schema.validate?.({ channel: "email", email: "a@example.com", consent: true })).toMatchObject({ success: true, value: { channel: "email", email: "a@example.com" } });
    const bare = await schema.validate?.({ channel: "email", consent: true });
    expect(bare).toMatchObject({ success: true });
    expect(JSON.stringify(bare?.success && bare.value)).not.toContain("consent");
    expect(JSON.stringify(await schema.jsonSchema)).not.toContain("consent");
  });

  it("handOver and recordObjection write through the session effects", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const turn = testTurn(cart.id, { store });
    const tools = createTools(turn.input);
    expect(await run(tools.recordObjection, { code: "returns" })).toEqual({ ok: true, code: "returns" });
    await run(tools.recordObjection, { code: "returns" });
    expect(turn.memory.objections.map((o) => o.code)).toEqual(["returns"]);
    await run(tools.getPolicies, { topic: "exchanges" });
    expect(turn.memory.objections).toMatchObject([{ code: "returns", addressed: true }]);
    // Nobody was notified (the memory effects report so): the tool must not promise a reply.
    const handed = await run(tools.handOver, { reason: "wants a person" });
    expect(handed).toMatchObject({ ok: true, notified: false });
    expect(handed.message).toBe("Sorry, nobody from Demo Store is available right now. If you leave your email address, the team can answer you there.");
    expect(turn.memory.handovers).toEqual(["wants a person"]);
  });

  it("handOver promises a reply only when the team was notified, naming the store's public name", async () => {
    const cart = await store.newCart([{ variantId: variants.tee, quantity: 1 }]);
    const turn = testTurn(cart.id, { store, session: { language: "de" } });
    const site = { ...turn.input.site, brand: { ...turn.input.site.brand, storeName: "Northwind Goods" } };
    const tools = createTools({ ...turn.input, site, effects: { ...turn.input.effects, handover: async () => ({ notified: true }) } });
    const handed = await run(tools.handOver, { reason: "wants a person" });
    expect(handed).toEqual({ ok: true, notified: true, message: "Ich habe das Team von Northwind Goods gefragt; jemand antwortet in diesem Chat. Wenn Sie ihn schließen, wartet die Antwort hier auf Sie oder kommt per E-Mail, wenn Sie Ihre Adresse bestätigt haben." });
  });
});
