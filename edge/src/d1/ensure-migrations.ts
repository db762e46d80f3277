import { z } from "zod";
import { migrations, statementsOf } from "./migrations.ts";

/** wrangler's migrations table (its default `migrations_table`), created the way wrangler creates it. */
const table = "d1_migrations";
const createTable = `CREATE TABLE IF NOT EXISTS ${table}(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)`;
const Applied = z.array(z.object({ name: z.string() }));

/**
 * Applies the migrations the database has not recorded yet, once per isolate and database, and
 * records them in wrangler's table, so a database migrated by `wrangler d1 migrations apply` is
 * left alone and one migrated here is complete for wrangler too. Covers a `wrangler dev` or test
 * database nobody migrated. A failed attempt is not memoized: the next request retries.
 */
export function ensureMigrations(db: D1Database): Promise<void> {
  let done = ready.get(db);
  if (!done) {
    done = applyPending(db);
    done.catch(() => ready.delete(db));
    ready.set(db, done);
  }
  return done;
}

const ready = new WeakMap<D1Database, Promise<void>>();

async function applyPending(db: D1Database): Promise<void> {
  const applied = await appliedNames(db);
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    const statements = statementsOf(migration.sql).map((sql) => db.prepare(sql));
    try {
      await db.batch([...statements, db.prepare(`INSERT INTO ${table} (name) VALUES (?)`).bind(migration.name)]);
    } catch (error) {
      // Another isolate (or wrangler) may have applied it meanwhile: the batch rolled back; check.
      if (!(await appliedNames(db)).has(migration.name)) throw error;
    }
  }
}

async function appliedNames(db: D1Database): Promise<Set<string>> {
  await db.prepare(createTable).run();
  const { results } = await db.prepare(`SELECT name FROM ${table}`).all();
  return new Set(Applied.parse(results).map((row) => row.name));
}
