/**
 * What every page of one interface language shares: the document shell and its metadata (name,
 * feeds, the site's share card). Articles take the shell of their own language.
 */
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/SiteShell";
import { NotFoundView } from "@/components/views/NotFoundView";
import { site } from "@/config/site";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { getAllArticles, toCard } from "@/lib/articles";
import { paths } from "@/lib/paths";
import "../globals.css";

export function shellMetadata(lang: Language): Metadata {
  const t = uiText(lang);
  return {
    metadataBase: new URL(site.siteUrl),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.description,
    applicationName: t.siteName,
    alternates: {
      types: {
        "application/rss+xml": [{ url: paths.feeds.rss, title: t.siteName }],
        "application/atom+xml": [{ url: paths.feeds.atom, title: t.siteName }],
        "application/feed+json": [{ url: paths.feeds.json, title: t.siteName }],
      },
    },
    // Pages other than articles share the site's card; articles set their own.
    openGraph: { siteName: t.siteName, locale: t.locale, type: "website", images: [{ url: "/og/_site.png", width: 1200, height: 630, alt: t.siteName }] },
    twitter: { card: "summary_large_image", images: [{ url: "/og/_site.png", alt: t.siteName }] },
    formatDetection: { telephone: false },
  };
}

export const shellViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121417" },
  ],
};

/** A root layout for one interface language. */
export const languageLayout = (lang: Language) =>
  function LanguageLayout({ children }: { children: ReactNode }) {
    return <SiteShell lang={lang}>{children}</SiteShell>;
  };

/** The page for an address the archive does not have, in one interface language (served with status 404). */
export function notFoundPage(lang: Language) {
  const t = uiText(lang);
  return {
    metadata: { ...shellMetadata(lang), title: t.notFound.title, robots: { index: false } } satisfies Metadata,
    Page: () => <NotFoundView lang={lang} latest={getAllArticles().slice(0, 5).map(toCard)} />,
  };
}
