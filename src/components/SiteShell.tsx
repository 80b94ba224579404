import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { QuickSearch } from "@/components/search/QuickSearch";
import { ThemeToggle } from "@/components/ThemeToggle";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { paths } from "@/lib/paths";

/**
 * Runs before first paint: applies the reader's stored theme (no flash of the wrong one) and marks
 * the page as scripted so JS-only controls appear. A fixed string, so its CSP hash never changes.
 */
const themeScript =
  '(function(){var d=document.documentElement;d.classList.add("js");try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")d.setAttribute("data-theme",t)}catch(e){}})();';

/**
 * The document around every page in one interface language: header (name, sections, quick search,
 * theme, language switch), main and footer. `switchTo` overrides where the language switch leads.
 */
export function SiteShell({ lang, switchTo, children }: { lang: Language; switchTo?: string; children: ReactNode }) {
  const t = uiText(lang);
  const nav = [
    { href: paths.home(lang), label: t.shell.latest },
    { href: paths.archive(lang), label: t.shell.archive },
    { href: paths.topics(lang), label: t.shell.topics },
    { href: paths.search(lang), label: t.shell.search },
  ];
  return (
    // The inline script sets data-theme and class="js" before React hydrates.
    <html lang={lang} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the document of App Router root layouts, where <head> is right (next/head is for pages/) */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a href="#main" className="skip-link">
          {t.shell.skip}
        </a>
        {/* Source order is the narrow screen's visual order (name, tools, sections), and on wide screens
            the tools keep their full width from the start: a page painted while its header is still
            being parsed (a slow phone) has nothing pushed aside when the rest arrives. */}
        <header className="no-print border-b border-line">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
            <a href={paths.home(lang)} className="text-lg font-bold text-fg no-underline">
              {t.siteName}
            </a>
            <div className="flex w-full items-center gap-2 sm:order-3 sm:w-auto sm:min-w-[27rem]">
              <QuickSearch lang={lang} />
              <ThemeToggle label={t.shell.darkMode} />
              <LanguageSwitch lang={lang} href={switchTo} />
            </div>
            <nav aria-label={t.shell.nav} className="w-full sm:order-2 sm:w-auto">
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} className="text-fg no-underline hover:text-accent hover:underline">
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="no-print border-t border-line">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted">
            <p>
              {t.siteName}
              {lang === "ko" ? <span lang="en"> ({uiText("en").siteName})</span> : null} · {t.shell.keptAsReceived}
            </p>
            <p className="flex gap-4">
              <a href={paths.feeds.rss}>{t.shell.rss}</a>
              <a href={paths.feeds.atom}>Atom</a>
              <a href={paths.feeds.json}>JSON Feed</a>
              <a href={paths.sitemap}>{t.shell.sitemap}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
