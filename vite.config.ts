import { writeFileSync } from "node:fs";
import { build, defineConfig, type Plugin } from "vite";

/**
 * The widget build (`vite build`) writes dist/widget/, which the edge serves as static assets:
 *  - panel-<hash>.js: the lazily imported panel (Preact + signals), an ES module, long-cached;
 *  - widget.js: the loader, a classic IIFE script (merchants paste it with `async`), short-cached,
 *    built second so it can carry the panel's hashed file name;
 *  - _headers: cache and CORS rules for Cloudflare's static assets.
 */
const outDir = "dist/widget";

const headers = `/widget.js
  Cache-Control: public, max-age=300, stale-while-revalidate=3600
  Access-Control-Allow-Origin: *

/panel-*
  Cache-Control: public, max-age=31536000, immutable
  Access-Control-Allow-Origin: *
`;

function buildLoaderAfterPanel(): Plugin {
  return {
    name: "cart-saver-loader",
    apply: "build",
    async writeBundle(_options, bundle) {
      const panel = Object.values(bundle).find((f) => f.type === "chunk" && f.isEntry);
      if (!panel) throw new Error("panel chunk missing");
      await build({
        configFile: false,
        logLevel: "warn",
        define: { __CS_PANEL_FILE__: JSON.stringify(panel.fileName) },
        build: {
          outDir,
          emptyOutDir: false,
          target: "es2020",
          // Terser packs this classic script about 1% smaller than the default minifier (not so the panel).
          minify: "terser",
          terserOptions: { compress: { passes: 2 } },
          lib: { entry: "widget/src/loader/widget.ts", formats: ["iife"], name: "CartSaverLoader", fileName: () => "widget.js" },
        },
      });
      writeFileSync(`${outDir}/_headers`, headers);
    },
  };
}

export default defineConfig({
  // Classic createElement calls: the panel then needs no jsx-runtime module beside Preact's own `h`.
  oxc: { jsx: { runtime: "classic", pragma: "h", pragmaFrag: "Fragment" }, jsxInject: `import { h, Fragment } from "preact"` },
  plugins: [buildLoaderAfterPanel()],
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2020",
    modulePreload: false,
    minify: true,
    copyPublicDir: false,
    // Not lib mode: lib mode keeps the whitespace of ES output.
    rolldownOptions: {
      input: { panel: "widget/src/panel/mount-panel.tsx" },
      preserveEntrySignatures: "exports-only",
      output: { format: "es", entryFileNames: "panel-[hash].js", chunkFileNames: "panel-[hash].js" },
    },
  },
});
