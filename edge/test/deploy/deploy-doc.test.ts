import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requiredSecrets } from "../../src/config/edge-env.ts";
import { root } from "../../../scripts/lib/processes.ts";

/** docs/deploy.md stays a walk-through a merchant can follow: every step's command, in order. */
const doc = readFileSync(join(root, "docs/deploy.md"), "utf8");
const summary = /## The commands, in order\n+```sh\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";

describe("docs/deploy.md", () => {
  it("lists the commands from sign-in to rollback in order", () => {
    const steps = [
      "npx wrangler login",
      "npx wrangler d1 create cart-saver",
      "npm run deploy",
      "npx wrangler secret put ADMIN_TOKEN --env production",
      "/health",
      "/v1/admin/sites/my-shop",
      "npx wrangler versions list --env production",
      "npx wrangler rollback <version-id> --env production",
    ];
    const positions = steps.map((step) => summary.indexOf(step));
    expect(positions.every((at) => at >= 0), `missing: ${steps.filter((_, i) => positions[i] === -1).join(", ")}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("puts every secret the worker requires, before the site is created", () => {
    for (const name of [...requiredSecrets, "STORE_API_TOKEN"]) {
      const at = summary.indexOf(`npx wrangler secret put ${name} --env production`);
      expect(at, name).toBeGreaterThan(summary.indexOf("npm run deploy"));
      expect(at, name).toBeLessThan(summary.indexOf("/v1/admin/sites/my-shop"));
      expect(doc).toMatch(new RegExp(`\\| \`${name}\` \\| yes \\|`));
    }
  });

  it("names the placeholder wrangler.toml holds and the commands npm run deploy runs", () => {
    const toml = readFileSync(join(root, "wrangler.toml"), "utf8");
    const placeholder = /\[\[env\.production\.d1_databases\]\][^[]*database_id = "([^"]+)"/.exec(toml)?.[1] ?? "";
    expect(placeholder).not.toBe("");
    expect(doc).toContain(placeholder);
    const script = readFileSync(join(root, "scripts/deploy.ts"), "utf8");
    for (const command of ["d1 migrations apply DB --remote --env production", "deploy --env production"]) {
      expect(doc).toContain(`wrangler ${command}`);
      expect(script).toContain(`"${command.split(" ").join('", "')}"`);
    }
  });
});
