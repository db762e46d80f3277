import { reseed } from "./data/store-repository.ts";
import { readStoreEnv } from "./store-env.ts";

/** `npm run seed`: wipe the store's data dir (STORE_DATA_DIR) and write fresh seed state. */
const { options } = readStoreEnv(process.env);
if (options.dataDir === undefined) throw new Error("STORE_DATA_DIR is required");
reseed(options.dataDir);
console.log(`re-seeded ${options.dataDir}`);
