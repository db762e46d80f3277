import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devVarDefaults, devVarsWarning, ensureDevVars, formatEnvFile } from "./dev-vars.ts";

/** Starting and stopping the demo store and `wrangler dev`, shared by `npm start`, tests and e2e. */

export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Service {
  url: string;
  child: ChildProcess;
  /** Stops the whole process group (wrangler's workerd children included). */
  stop(): Promise<void>;
  /** Everything the process printed so far, for error messages. */
  output(): string;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

export async function waitForHttp(url: string, timeoutMs: number, service?: Service): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service && service.child.exitCode !== null) {
      throw new Error(`${url}: process exited (${service.child.exitCode})\n${service.output()}`);
    }
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms\n${service?.output() ?? ""}`);
}

export function launch(command: string, args: string[], env: Record<string, string>, echo: boolean): Omit<Service, "url"> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true, // own process group, so stop() reaches every child
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const collect = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20000);
    if (echo) process.stdout.write(chunk);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    const pid = child.pid;
    if (child.exitCode !== null || pid === undefined) return;
    const exited = once(child, "exit");
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 3000);
    await exited;
    clearTimeout(timer);
  };
  return { child, stop, output: () => log };
}

export interface StoreOptions {
  port: number;
  dataDir: string;
  edgeUrl: string;
  webhookUrls?: string[];
  env?: Record<string, string>;
  echo?: boolean;
}

export async function startStore(o: StoreOptions): Promise<Service> {
  const url = `http://127.0.0.1:${o.port}`;
  const env: Record<string, string> = {
    STORE_PORT: String(o.port),
    STORE_DATA_DIR: o.dataDir,
    EDGE_URL: o.edgeUrl,
    STORE_WEBHOOK_URLS: (o.webhookUrls ?? []).join(","),
    ...o.env,
  };
  const tsx = `${root}node_modules/.bin/tsx`;
  const service = { url, ...launch(tsx, ["demo-store/src/server.ts"], env, o.echo ?? false) };
  await waitForHttp(`${url}/health`, 30000, service);
  return service;
}

export interface EdgeOptions {
  port: number;
  storeUrl: string;
  persistDir: string;
  vars?: Record<string, string>;
  /** API keys and the like; like every var, passed through a private env file, never the command line. */
  secrets?: Record<string, string>;
  /** Start from the values in `.dev.vars` (npm start) rather than the documented defaults (tests). */
  useDevVarsFile?: boolean;
  /** Rebuild and reload the worker when its source changes (npm start), as `wrangler dev` does. */
  watch?: boolean;
  echo?: boolean;
}

/**
 * The worker under `wrangler dev`'s runtime with the inspector off (scripts/edge-dev.ts), on the
 * development values: `.dev.vars` is written from the defaults when missing
 * (so a plain `wrangler dev` works too), and the worker gets them, with the options on top,
 * through one private env file.
 */
export async function startEdge(o: EdgeOptions): Promise<Service> {
  const url = `http://127.0.0.1:${o.port}`;
  const fromFile = ensureDevVars(root);
  const warning = o.useDevVarsFile ? devVarsWarning(fromFile) : null;
  if (warning) console.warn(warning);
  // PUBLIC_URL: resume links and Twilio signatures use the edge's own public origin.
  const vars = { ...(o.useDevVarsFile ? fromFile : devVarDefaults), STORE_URL: o.storeUrl, PUBLIC_URL: url, ...o.vars, ...o.secrets };
  const dir = mkdtempSync(join(tmpdir(), "cart-saver-vars-"));
  const envFile = join(dir, ".env");
  writeFileSync(envFile, formatEnvFile(vars), { mode: 0o600 });
  const args = ["scripts/edge-dev.ts", "--port", String(o.port), "--ip", "127.0.0.1", "--persist-to", o.persistDir, "--env-file", envFile, ...(o.watch ? ["--watch"] : [])];
  const env = { WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", NO_COLOR: "1" };
  const launched = launch(`${root}node_modules/.bin/tsx`, args, env, o.echo ?? false);
  const service: Service = {
    url,
    ...launched,
    async stop() {
      await launched.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await waitForHttp(`${url}/health`, 60000, service);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}
