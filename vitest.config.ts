import { defineConfig } from "vitest/config";

/** Unit and integration suites, one project per part of the tree. e2e runs under Playwright. */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "store", include: ["demo-store/test/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        test: { name: "edge", include: ["edge/test/**/*.test.{ts,tsx}"], environment: "node", testTimeout: 30000, hookTimeout: 90000 },
      },
      {
        test: { name: "widget", include: ["widget/test/**/*.test.{ts,tsx}"], environment: "happy-dom" },
      },
    ],
  },
});
