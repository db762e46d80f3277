import { join } from "node:path";
import { freePort, launch, root, type Service, waitForHttp } from "../lib/processes.ts";

/**
 * The `wrangler dev` CLI, as a developer runs it, on a throwaway config and a free port: the
 * reproductions (bench-overload.ts, bench-do-memory.ts) serve their minimal workers through it.
 * Resolves once `readyPath` answers; the service's process group holds wrangler's workerd processes.
 */
export async function startThrowawayWrangler(config: string, readyPath: string, persistTo?: string): Promise<Service> {
  const port = await freePort();
  const args = ["dev", "--config", config, "--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(await freePort())];
  if (persistTo !== undefined) args.push("--persist-to", persistTo);
  args.push("--show-interactive-dev-session=false", "--log-level", "error");
  const env = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
  const service: Service = { url: `http://127.0.0.1:${port}`, ...launch(join(root, "node_modules/.bin/wrangler"), args, env, false) };
  try {
    await waitForHttp(`${service.url}${readyPath}`, 60_000, service);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
