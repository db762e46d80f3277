import { createMiddleware } from "hono/factory";
import { checkEnv } from "../config/parsed-env.ts";
import { apiError, issuesOf } from "./api-error.ts";
import type { AppEnv } from "./bindings.ts";

let logged = false;

function logOnce(message: string): void {
  if (logged) return;
  logged = true;
  console.error(message);
}

/**
 * Parses the worker's vars into `c.var.config`. Unless the local tooling set ENVIRONMENT to
 * "development", a worker missing a required secret or holding a development default answers
 * 503 insecure_configuration to every request rather than serving with publicly known secrets.
 */
export const requireSecureConfig = createMiddleware<AppEnv>(async (c, next) => {
  const { insecure, parsed } = checkEnv(c.env);
  if (insecure.length > 0) {
    logOnce(`cart-saver: refusing to serve: ${insecure.join(", ")} missing or set to a development default (ENVIRONMENT is not "development")`);
    return apiError(503, "insecure_configuration", "This deployment is missing secrets or uses the development defaults; set real secrets.", {
      secrets: insecure,
    });
  }
  if (!parsed.success) {
    const issues = issuesOf(parsed.error).map(({ path, message }) => ({ path, message }));
    logOnce(`cart-saver: invalid worker configuration: ${JSON.stringify(issues)}`);
    return apiError(503, "invalid_configuration", "The worker's configuration is incomplete.", { issues });
  }
  c.set("config", parsed.data);
  await next();
});
