import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { clientIp, rateLimit, type RateLimiter } from "../../src/http/rate-limit.ts";

/** A stand-in for the Workers Rate Limiting binding: `max` requests per key, then refusals. */
function fakeLimiter(max: number): RateLimiter & { keys: string[] } {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    async limit({ key }) {
      keys.push(key);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return { success: n <= max };
    },
  };
}

type Env = { Bindings: { RL?: RateLimiter } };
const app = new Hono<Env>()
  .use(rateLimit<Env>((env) => env.RL, (c) => `login:${clientIp(c)}`))
  .post("/", (c) => c.text("ok"));
const Refusal = z.object({ error: z.object({ code: z.string(), message: z.string(), retryAfter: z.number() }) });
const post = (env: Env["Bindings"], ip: string) => app.request("/", { method: "POST", headers: { "CF-Connecting-IP": ip } }, env);

describe("rateLimit", () => {
  it("lets requests through up to the limit, then answers 429 rate_limited with Retry-After", async () => {
    const RL = fakeLimiter(3);
    for (let i = 0; i < 3; i++) expect((await post({ RL }, "203.0.113.7")).status).toBe(200);
    const refused = await post({ RL }, "203.0.113.7");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("60");
    const body = Refusal.parse(await refused.json());
    expect(body.error).toMatchObject({ code: "rate_limited", retryAfter: 60 });
    expect(body.error.message).toMatch(/try again/);
  });

  it("counts each key on its own", async () => {
    const RL = fakeLimiter(1);
    expect((await post({ RL }, "203.0.113.1")).status).toBe(200);
    expect((await post({ RL }, "203.0.113.1")).status).toBe(429);
    expect((await post({ RL }, "203.0.113.2")).status).toBe(200);
    expect(RL.keys).toEqual(["login:203.0.113.1", "login:203.0.113.1", "login:203.0.113.2"]);
  });

  it("passes everything through when the binding is absent", async () => {
    for (let i = 0; i < 5; i++) expect((await post({}, "203.0.113.9")).status).toBe(200);
  });
});
