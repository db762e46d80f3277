import { defineConfig, type Plugin } from "vitest/config";

/** edge/migrations/*.sql imported as text, as wrangler bundles them (its default Text rule). */
const sqlAsText: Plugin = {
  name: "sql-as-text",
  transform: (code, id) => (id.endsWith(".sql") ? { code: `export default ${JSON.stringify(code)};`, map: null } : null),
};

/** Unit and integration suites, one project per part of the tree. e2e runs under Playwright. */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "store", include: ["demo-store/test/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        plugins: [sqlAsText],
        test: { name: "edge", include: ["edge/test/**/*.test.{ts,tsx}"], environment: "node", testTimeout: 30000, hookTimeout: 90000 },
      },
      {
        test: { name: "widget", include: ["widget/test/**/*.test.{ts,tsx}"], environment: "happy-dom" },
      },
    ],
  },
});
