import { Miniflare } from "miniflare";

/** A real workerd D1 database for plain Node tests (in memory, one per call). */
export async function startD1(): Promise<{ db: D1Database; dispose: () => Promise<void> }> {
  const mf = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response(''); } }",
    d1Databases: ["DB"],
  });
  const db: D1Database = await mf.getD1Database("DB");
  return { db, dispose: () => mf.dispose() };
}
