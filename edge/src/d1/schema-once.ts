/**
 * Tables created idempotently at first use (CREATE … IF NOT EXISTS), once per isolate and
 * database, so `wrangler dev` needs no migration step; edge/migrations mirrors them for deploys.
 * A failed attempt is not memoized, so the next request retries.
 */
export function schemaOnce(statements: readonly string[]): (db: D1Database) => Promise<void> {
  const ready = new WeakMap<D1Database, Promise<void>>();
  return (db) => {
    let done = ready.get(db);
    if (!done) {
      done = db.batch(statements.map((sql) => db.prepare(sql))).then(() => undefined);
      done.catch(() => ready.delete(db));
      ready.set(db, done);
    }
    return done;
  };
}
