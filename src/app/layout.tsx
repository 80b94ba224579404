import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { QuickSearch } from "@/components/search/QuickSearch";
import { ThemeToggle } from "@/components/ThemeToggle";
import { site } from "@/config/site";
import "./globals.css";

/**
 * Runs before first paint: applies the reader's stored theme (no flash of the wrong one) and marks
 * the page as scripted so JS-only controls appear. A fixed string, so its CSP hash never changes.
 */
const themeScript =
  '(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}})();';

export const metadata: Metadata = {
  metadataBase: new URL(site.siteUrl),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: site.name }],
      "application/atom+xml": [{ url: "/atom.xml", title: site.name }],
      "application/feed+json": [{ url: "/feed.json", title: site.name }],
    },
  },
  // Pages other than articles share the site's card; articles set their own.
  openGraph: { siteName: site.name, locale: site.locale, type: "website", images: [{ url: "/og/_site.png", width: 1200, height: 630, alt: site.name }] },
  twitter: { card: "summary_large_image", images: [{ url: "/og/_site.png", alt: site.name }] },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121417" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script sets data-theme and class="js" before React hydrates.
    <html lang={site.lang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a href="#main" className="skip-link">
          본문으로 건너뛰기
        </a>
        <header className="no-print border-b border-line">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
            <a href="/" className="text-lg font-bold text-fg no-underline">
              {site.name}
            </a>
            <nav aria-label="사이트" className="order-3 w-full sm:order-none sm:w-auto">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {site.nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} className="text-fg no-underline hover:text-accent hover:underline">
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex items-center gap-2">
              <QuickSearch />
              <ThemeToggle />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="no-print border-t border-line">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted">
            <p>
              {site.name} <span lang="en">({site.nameEn})</span> · 원문은 받은 그대로 보관합니다.
            </p>
            <p className="flex gap-4">
              <a href="/feed.xml">RSS 피드</a>
              <a href="/atom.xml">Atom</a>
              <a href="/feed.json">JSON Feed</a>
              <a href="/sitemap.xml">사이트맵</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
