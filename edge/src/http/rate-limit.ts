import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { apiError } from "./api-error.ts";
import type { AppEnv } from "./bindings.ts";

/** A Workers Rate Limiting binding as wrangler.toml `[[ratelimits]]` declares it. */
function isRateLimit(value: unknown): value is RateLimit {
  return typeof value === "object" && value !== null && "limit" in value && typeof value.limit === "function";
}

/**
 * The client's address as Cloudflare reports it (the edge overwrites any value a client sends).
 * Rate limits key on it alone: adding a site id or any other value the client chooses would
 * hand an attacker a fresh counter per value.
 */
export function clientKey(c: Context<AppEnv>): string {
  return c.req.header("CF-Connecting-IP") ?? "unknown";
}

/**
 * Hono middleware over one Workers Rate Limiting binding (one binding per route class: each
 * fixes its own limit and a period of 10 or 60 s in wrangler.toml). Over the limit: 429
 * `rate_limited` with `Retry-After`. A worker without the binding is not limited (unit tests).
 */
export function rateLimit(binding: string, periodSeconds: 10 | 60, key: (c: Context<AppEnv>) => string = clientKey) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limiter: unknown = c.env[binding];
    if (isRateLimit(limiter) && c.req.method !== "OPTIONS") {
      const { success } = await limiter.limit({ key: key(c) });
      if (!success) {
        const response = apiError(429, "rate_limited", "Too many requests; slow down and try again shortly.", { retryAfter: periodSeconds });
        response.headers.set("Retry-After", String(periodSeconds));
        return response;
      }
    }
    await next();
  });
}
