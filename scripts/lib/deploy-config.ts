/**
 * The production D1 id in wrangler.toml (`[[env.production.d1_databases]]`), read without a TOML
 * library: the block runs from its header to the next table header.
 */
export function productionD1Id(toml: string): string | null {
  const start = toml.indexOf("[[env.production.d1_databases]]");
  if (start === -1) return null;
  const body = toml.slice(start).split("\n").slice(1);
  const end = body.findIndex((line) => line.trimStart().startsWith("["));
  const block = (end === -1 ? body : body.slice(0, end)).join("\n");
  return /^\s*database_id\s*=\s*"([^"]*)"/m.exec(block)?.[1] ?? null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why wrangler.toml cannot be deployed to production yet, or null when it can. */
export function productionConfigProblem(toml: string): string | null {
  const id = productionD1Id(toml);
  if (id === null) return "wrangler.toml has no [[env.production.d1_databases]] block with a database_id.";
  if (!uuid.test(id) || /^0{8}-/.test(id)) {
    return `wrangler.toml [[env.production.d1_databases]] database_id is "${id}", a placeholder. Run \`npx wrangler d1 create cart-saver\` and put the id it prints there (docs/deploy.md, step 2).`;
  }
  return null;
}
