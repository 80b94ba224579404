/**
 * Pages are rendered once per content. `next build` renders only the pages whose key is not in the
 * cache (.next/cache/pages/, kept between builds like the share cards); postbuild puts the cached
 * copies of the others in place (scripts/postbuild/steps/restore-pages.ts).
 *
 * A page's key is a hash of three things:
 * - the code that renders it: every file under src/ and scripts/postbuild/ (which finishes each page), the config and the lockfile (`codeKey`),
 *   plus the site's address, NODE_ENV and Node's version. It is also the build id, so the same
 *   code renders the same data to the same bytes, and any change of code renders every page again;
 * - its address;
 * - the data its route hands the view, as JSON. Routes draw pages from that data alone, which a
 *   test checks (a view given the data back from its JSON draws the same page), and views may not
 *   import the loader (ESLint).
 *
 * Each route writes its plan (every page's address and key) when Next asks for its params, so
 * postbuild knows which pages the export must hold and which cached pages are no longer used.
 */
import { createHash } from "node:crypto";
import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashFiles } from "./file-hash";

/** The project's root: `next build`, its workers and postbuild all run there. */
const root = process.cwd();

export const pageCacheDir = (base = root) => path.join(base, ".next/cache/pages");
/** The plans of one build, by code key: one file per route. */
export const planDir = (key: string, base = root) => path.join(pageCacheDir(base), "plan", key);
/**
 * The cached copy of a page, by its key: the finished page (postbuild has given it its security
 * policy) and, written last so that it marks a complete entry, the ids and links it holds for the
 * link check.
 */
export const cachedPagePath = (key: string, base = root) => path.join(pageCacheDir(base), `${key}.html`);
export const cachedLinksPath = (key: string, base = root) => path.join(pageCacheDir(base), `${key}.json`);

/** Files besides src/ whose change can change a page: the config, the dependencies, TypeScript's paths. */
const CODE_FILES = ["next.config.ts", "package.json", "package-lock.json", "tsconfig.json"];

let sourceMemo: string | undefined;

/**
 * A hash of the code itself (src/, the postbuild that finishes each page, the config, the
 * dependencies) and Node's version, whatever the environment.
 */
export function sourceKey(): string {
  sourceMemo ??= createHash("sha256")
    .update(`node ${process.version}\n`)
    .update(hashFiles([path.join(root, "src"), path.join(root, "scripts/postbuild"), ...CODE_FILES.map((f) => path.join(root, f))], root))
    .digest("hex")
    .slice(0, 20);
  return sourceMemo;
}

/** A hash of everything but the content that decides how pages look: the code, and the environment Next renders in. */
export function codeKey(): string {
  // NODE_ENV changes what Next writes (a build under "test" is not minified like one under "production").
  const env = `env ${process.env.NODE_ENV ?? ""}\nsite ${process.env.SITE_URL ?? ""}\n`;
  return createHash("sha256").update(sourceKey()).update(env).digest("hex").slice(0, 20);
}

export interface PlannedPage {
  /** The page's address, e.g. "/en/topics/cloud/page/2/". */
  path: string;
  key: string;
}

/** A route pattern with its params filled in: "/topics/[id]/page/[n]/" + {id, n} -> "/topics/cloud/page/2/". */
export function fillPattern(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern}: no value for [${name}]`);
    return value;
  });
}

function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/**
 * The params of a route's pages that must be rendered: those whose key is not in the cache. The
 * route's whole plan is written for postbuild. A static export wants at least one page per dynamic
 * route, so when every page is cached the first is rendered anyway.
 */
export function pagesToRender<P extends Record<string, string>>(pattern: string, all: P[], data: (params: P) => unknown): P[] {
  const key = codeKey();
  const plan: PlannedPage[] = all.map((params) => {
    const at = fillPattern(pattern, params);
    const hash = createHash("sha256")
      .update(`${key}\n${at}\n`)
      .update(JSON.stringify(data(params)));
    return { path: at, key: hash.digest("hex").slice(0, 32) };
  });
  writeAtomic(path.join(planDir(key), `${pattern.replace(/[^a-z0-9]+/gi, "_")}.json`), JSON.stringify(plan));
  const render = all.filter((_, i) => !isCached(plan[i]!.key));
  return render.length > 0 ? render : all.slice(0, 1);
}

function isCached(key: string): boolean {
  try {
    return statSync(cachedLinksPath(key)).isFile();
  } catch {
    return false;
  }
}
