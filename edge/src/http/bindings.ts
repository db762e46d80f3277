import type { SessionObject } from "../session/session-object.ts";
import type { EdgeEnv } from "../config/edge-env.ts";

/** Cloudflare bindings from wrangler.toml; vars and secrets are parsed into EdgeEnv per request. */
export interface Bindings {
  DB: D1Database;
  SESSIONS: DurableObjectNamespace<SessionObject>;
  ASSETS?: Fetcher;
  [name: string]: unknown;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: { requestId: string; config: EdgeEnv };
}
