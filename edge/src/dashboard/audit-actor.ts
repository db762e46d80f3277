import type { Context } from "hono";
import { clientIp } from "../http/rate-limit.ts";
import type { AuditActor } from "../sites/site-repository.ts";

/**
 * The audit log's "who". Everyone signs in with the one admin token, so the honest label is
 * "admin" plus the client's IP (CF-Connecting-IP), not a person's name.
 */
export function auditActor(c: Context, via: AuditActor["via"]): AuditActor {
  const ip = c.req.header("CF-Connecting-IP");
  return { label: ip ? `admin (${clientIp(c)})` : "admin (IP unknown)", via };
}
