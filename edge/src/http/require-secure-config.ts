import { createMiddleware } from "hono/factory";
import { EdgeEnv, insecureSecrets } from "../config/edge-env.ts";
import { apiError, issuesOf } from "./api-error.ts";
import type { AppEnv } from "./bindings.ts";

let logged = false;

function logOnce(message: string): void {
  if (logged) return;
  logged = true;
  console.error(message);
}

/**
 * Parses the worker's vars into `c.var.config`. A deployed worker (ENVIRONMENT other than
 * "development") still using the dev default secrets answers 503 insecure_configuration to
 * every request rather than serving with publicly known secrets.
 */
export const requireSecureConfig = createMiddleware<AppEnv>(async (c, next) => {
  const parsed = EdgeEnv.safeParse(c.env);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error).map(({ path, message }) => ({ path, message }));
    logOnce(`cart-saver: invalid worker configuration: ${JSON.stringify(issues)}`);
    return apiError(503, "invalid_configuration", "The worker's configuration is incomplete.", { issues });
  }
  const insecure = insecureSecrets(parsed.data);
  if (insecure.length > 0) {
    logOnce(`cart-saver: refusing to serve: ${insecure.join(", ")} still set to the development default in ENVIRONMENT=${parsed.data.ENVIRONMENT}`);
    return apiError(503, "insecure_configuration", "This deployment uses the development default secrets; set real secrets.", {
      secrets: insecure,
    });
  }
  c.set("config", parsed.data);
  await next();
});
