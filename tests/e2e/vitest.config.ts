import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/** Browser tests: Debian's chromium against the built out/ served over HTTP. Run after `npm run build`. */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  resolve: { alias: { "@": fileURLToPath(new URL("../../src", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
