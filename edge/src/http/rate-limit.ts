import type { Context, Env } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";

/** The one method of a Workers Rate Limiting binding (`[[ratelimits]]` in wrangler.toml) we call. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The period of the bindings we configure (60 s): a client over the limit may retry after it. */
export const retryAfterSeconds = 60;

/**
 * Rate limiting as Hono middleware: asks the binding `binding(env)` about `key(c)` and answers
 * 429 rate_limited with Retry-After once the key is over its limit. Without a binding (a
 * worker deployed without `[[ratelimits]]`, plain unit tests) requests pass through.
 */
export function rateLimit<E extends Env>(binding: (env: E["Bindings"]) => RateLimiter | undefined, key: (c: Context<E>) => string) {
  return createMiddleware<E>(async (c, next) => {
    const limiter = binding(c.env);
    if (limiter !== undefined) {
      const { success } = await limiter.limit({ key: key(c) });
      if (!success) {
        const message = `Too many requests; try again in ${retryAfterSeconds} seconds.`;
        return Response.json(
          { error: { code: "rate_limited", message, retryAfter: retryAfterSeconds } },
          { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } },
        );
      }
    }
    await next();
  });
}

/** The client's IP as Cloudflare reports it; one shared bucket when the header is missing (local tools). */
export const clientIp = (c: Context): string => c.req.header("CF-Connecting-IP") ?? "unknown";

/**
 * A binding named at runtime (the shopper API's route classes share the app's env type, whose
 * bindings are unknown until checked). Rate limits key on the client's address alone: adding a
 * site id or any other value the client chooses would hand an attacker a fresh counter per value.
 */
export function namedLimiter(name: string) {
  return (env: Record<string, unknown>): RateLimiter | undefined => {
    const binding = env[name];
    if (typeof binding !== "object" || binding === null || !("limit" in binding) || typeof binding.limit !== "function") return undefined;
    const limit = binding.limit;
    return { limit: async (options) => Outcome.parse(await Reflect.apply(limit, binding, [options])) };
  };
}

const Outcome = z.object({ success: z.boolean() });
