/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

/** Byte budget of the built widget (run `vite build` first; `npm test` does). */
const dir = join(import.meta.dirname, "../../dist/widget");
const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

describe("widget size", () => {
  it("is built", () => {
    expect(existsSync(join(dir, "widget.js")), "dist/widget/widget.js missing: run `npx vite build`").toBe(true);
  });

  it("loads at most 6 KB gzip before a trigger and 20 KB gzip in all", () => {
    const chunks = readdirSync(dir).filter((f) => f.endsWith(".js") && f !== "widget.js");
    expect(chunks.some((f) => /^panel-[\w-]{6,}\.js$/.test(f)), "a content-hashed panel chunk").toBe(true);
    const loader = gz("widget.js");
    const total = loader + chunks.reduce((sum, f) => sum + gz(f), 0);
    console.log(`[widget size] loader widget.js: ${kb(loader)} gzip (budget 6 KB); everything (${chunks.length + 1} files): ${kb(total)} gzip (budget 20 KB)`);
    expect(loader).toBeLessThanOrEqual(6 * 1024);
    expect(total).toBeLessThanOrEqual(20 * 1024);
  });

  it("keeps the loader a classic script (no import/export statements) and the panel a module", () => {
    const loader = readFileSync(join(dir, "widget.js"), "utf8");
    expect(loader).not.toMatch(/^\s*(import|export)\s/m);
    expect(loader).not.toContain("import.meta");
    const headers = readFileSync(join(dir, "_headers"), "utf8");
    expect(headers).toMatch(/\/panel-\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
    expect(headers).toMatch(/\/widget\.js\n\s+Cache-Control: public, max-age=300/);
  });
});
