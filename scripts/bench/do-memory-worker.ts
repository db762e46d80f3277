/**
 * The smallest worker with one SQLite-backed Durable Object per id: `/?id=N` goes to the object
 * named N, which creates a table, stores a ~2 KB row and answers "<rows stored> <requests this
 * instance served>". No timers, no streams, no module-level state, so whatever stays resident per
 * object is the runtime's. Served by scripts/bench-do-memory.ts (which declares the
 * `new_sqlite_classes` migration).
 */

// The few runtime types used, written out: scripts/ typecheck against Node, not workers-types.
interface SqlStorage {
  exec(query: string, ...bindings: unknown[]): { one(): Record<string, unknown> };
}
interface ObjectState {
  storage: { sql: SqlStorage };
}
interface ObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(request: Request): Promise<Response> };
}
interface Env {
  OBJECTS: ObjectNamespace;
}

const row = "x".repeat(2048);

// A plain class (no `cloudflare:workers` import) is a valid Durable Object: (state, env) in, fetch out.
export class MemoryObject {
  // In memory only: rows > served means this instance is new and the old one was evicted.
  private served = 0;

  constructor(private readonly state: ObjectState) {}

  async fetch(): Promise<Response> {
    const sql = this.state.storage.sql;
    sql.exec("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, body TEXT)");
    sql.exec("INSERT INTO rows (body) VALUES (?)", row);
    const rows = sql.exec("SELECT count(*) AS n FROM rows").one()["n"];
    return new Response(`${rows} ${++this.served}`);
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const id = new URL(request.url).searchParams.get("id");
    if (id === null) return new Response("ok"); // health check
    return env.OBJECTS.get(env.OBJECTS.idFromName(id)).fetch(request);
  },
};
