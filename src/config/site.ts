/**
 * Site-wide constants in one typed module; the site's name and every other text shown are in
 * ui.ts. Every absolute URL (canonical links, feeds, sitemap, share tags, JSON-LD) is built from
 * `siteUrl`, so a deployment changes one environment variable.
 */

/** Origin the archive is published at, without a trailing slash. */
const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export const site = {
  siteUrl,
  /** Articles per list page (home, topic and archive lists). */
  pageSize: 20,
} as const;

/** Absolute URL of a site path ("/articles/x/" -> "https://host/articles/x/"). */
export const absoluteUrl = (pathname: string): string => `${site.siteUrl}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
