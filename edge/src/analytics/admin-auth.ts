import { createMiddleware } from "hono/factory";
import { timingSafeEqual } from "hono/utils/buffer";
import { apiError } from "../http/api-error.ts";
import { bearerToken } from "../http/bearer-token.ts";
import type { AnalyticsEnv } from "./analytics-env.ts";

export async function isAdminToken(candidate: string | null | undefined, adminToken: string): Promise<boolean> {
  return typeof candidate === "string" && candidate.length > 0 && (await timingSafeEqual(candidate, adminToken));
}

/** `Authorization: Bearer <ADMIN_TOKEN>` or 401 unauthorized. */
export const requireAdminToken = createMiddleware<AnalyticsEnv>(async (c, next) => {
  if (!(await isAdminToken(bearerToken(c.req.header("Authorization")), c.env.ADMIN_TOKEN))) {
    return apiError(401, "unauthorized", "A valid admin bearer token is required.");
  }
  await next();
});
