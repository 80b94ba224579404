// ESLint for the whole project: the Next.js flat configs (core web vitals, TypeScript).
// Run by `npm run lint` (part of `npm test`) with `--config scripts/lint/eslint.config.mjs`.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Navigation is plain links by design: every page is a static file that works without
      // JavaScript, and next/link would prefetch React Server Component payloads on every hover.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Views draw a page from the data its route hands them, and nothing else: that is what lets a
    // build reuse a page whose data has not changed (src/lib/page-cache.ts). Types are fine.
    files: ["src/components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/articles", message: "Views take their data from the route (src/app/_routes).", allowTypeImports: true }] },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "public/search-index/**", "tests/artifacts/**", "node_modules/**", "next-env.d.ts"]),
]);
