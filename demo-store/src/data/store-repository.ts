import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StoreState } from "../domain/store-state.ts";
import { seedState } from "./seed.ts";

/**
 * The store's state, in memory and (with a dataDir) in one JSON file written atomically
 * (temp file + rename). Every change goes through `transact`, which works on a copy and
 * commits it only when the change succeeded, so a refused operation leaves no trace.
 */
export class StoreRepository {
  private state: StoreState;
  private readonly file: string | undefined;

  constructor(dataDir: string | undefined) {
    this.file = dataDir === undefined ? undefined : join(dataDir, "store.json");
    this.state = this.load();
  }

  read(): StoreState {
    return this.state;
  }

  transact<T extends { ok: boolean }>(change: (draft: StoreState) => T): T {
    const draft = structuredClone(this.state);
    const result = change(draft);
    if (result.ok) {
      this.state = draft;
      this.persist();
    }
    return result;
  }

  private load(): StoreState {
    if (this.file !== undefined && existsSync(this.file)) {
      return StoreState.parse(JSON.parse(readFileSync(this.file, "utf8")));
    }
    this.state = seedState();
    this.persist();
    return this.state;
  }

  private persist(): void {
    if (this.file === undefined) return;
    mkdirSync(join(this.file, ".."), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state, null, 1));
    renameSync(temp, this.file);
  }
}

/** Wipes a data dir and writes fresh seed state (npm run seed). */
export function reseed(dataDir: string): void {
  rmSync(join(dataDir, "store.json"), { force: true });
  new StoreRepository(dataDir);
}
