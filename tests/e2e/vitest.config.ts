import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/** Browser tests: Debian's chromium against the built out/ served over HTTP. Run after `npm run build`. */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  resolve: { alias: { "@": fileURLToPath(new URL("../../src", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // Tests wait for conditions, not clocks; these limits only stop a test that hangs. They are wide
    // so a busy machine (two cores shared with other work) slows the suite down without failing it.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    // One chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
