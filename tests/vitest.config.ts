import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/** Unit, fixture and pipeline tests: no build and no browser needed. */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  resolve: { alias: { "@": fileURLToPath(new URL("../src", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    // Tests wait for conditions, not clocks; these limits only stop one that hangs, and are wide so
    // a busy machine slows the suite down without failing it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
