"use client";
/**
 * The header's link to the other interface language: the same list page there, or a given page
 * (an article's translation). The path is known while each page is written, so it works without
 * JavaScript.
 */
import { usePathname } from "next/navigation";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { counterpartPath } from "@/lib/paths";

export function LanguageSwitch({ lang, href }: { lang: Language; href?: string }) {
  const pathname = usePathname();
  const to: Language = lang === "ko" ? "en" : "ko";
  const t = uiText(lang).shell;
  return (
    <a
      href={href ?? counterpartPath(pathname, to)}
      hrefLang={to}
      lang={to}
      title={t.switchLabel}
      className="rounded-md border border-line px-2.5 py-1.5 text-sm text-fg no-underline hover:bg-panel"
    >
      {t.switchTo}
    </a>
  );
}
