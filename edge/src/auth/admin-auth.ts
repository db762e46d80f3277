import { createMiddleware } from "hono/factory";
import { timingSafeEqual } from "hono/utils/buffer";
import { apiError } from "../http/api-error.ts";
import { bearerToken } from "../http/bearer-token.ts";
import type { AppEnv } from "../http/bindings.ts";

/** `Authorization: Bearer <ADMIN_TOKEN>` or 401 unauthorized. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const token = bearerToken(c.req.header("Authorization"));
  if (token === null || !(await timingSafeEqual(token, c.var.config.ADMIN_TOKEN))) {
    return apiError(401, "unauthorized", "A valid admin bearer token is required.");
  }
  await next();
});
