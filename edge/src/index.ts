import { Hono } from "hono";

const app = new Hono();
app.get("/health", (c) => c.json({ ok: true }));

export default app;

export class SessionObject implements DurableObject {
  constructor(readonly ctx: DurableObjectState, readonly env: unknown) {}
  async fetch(): Promise<Response> {
    return new Response("not implemented", { status: 501 });
  }
}
