import { parseArgs } from "node:util";
import { z } from "zod";
import { strategyIds } from "./strategies.ts";

const Options = z.object({
  shoppers: z.coerce.number().int().min(1).max(100_000).default(100),
  seed: z.coerce.number().int().default(1),
  strategies: z
    .string()
    .default(strategyIds.join(","))
    .transform((s) => s.split(",").map((x) => x.trim()))
    .pipe(z.array(z.enum(strategyIds)).min(1)),
  holdout: z.coerce.number().min(1).max(90).default(30),
  baseSite: z.string().default("demo"),
  prefix: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/).default("sim"),
  concurrency: z.coerce.number().int().min(1).max(32).default(4),
  storeUrl: z.url().default("http://127.0.0.1:8788"),
  edgeUrl: z.url().default("http://127.0.0.1:8787"),
  adminToken: z.string().min(1).default("dev-admin-token"),
  storeToken: z.string().min(1).default("dev-store-token"),
});
export type Options = z.infer<typeof Options>;

export const usage = `npm run simulate -- [--shoppers N] [--seed S] [--strategies full,reminder,coupon]
  [--holdout PERCENT] [--base-site demo] [--prefix sim] [--concurrency 4]
Services: STORE_URL (default http://127.0.0.1:8788), EDGE_URL (default http://127.0.0.1:8787),
ADMIN_TOKEN (dev-admin-token), STORE_API_TOKEN (dev-store-token).`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): { ok: true; options: Options } | { ok: false; message: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
    args: argv,
    options: {
      shoppers: { type: "string" },
      seed: { type: "string" },
      strategies: { type: "string" },
      holdout: { type: "string" },
      "base-site": { type: "string" },
      prefix: { type: "string" },
      concurrency: { type: "string" },
    },
    strict: true,
  }));
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = Options.safeParse({
    ...values,
    baseSite: values["base-site"],
    storeUrl: env.STORE_URL,
    edgeUrl: env.EDGE_URL,
    adminToken: env.ADMIN_TOKEN,
    storeToken: env.STORE_API_TOKEN,
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, message: parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n") };
}
