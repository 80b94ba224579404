import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";

/** Where a list page sits: its ancestors as links, then the page itself. */
export function Breadcrumb({ lang, trail, current }: { lang: Language; trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label={uiText(lang).list.breadcrumb} className="text-sm">
      {trail.map((step) => (
        <span key={step.href}>
          <a href={step.href}>{step.label}</a> ›{" "}
        </span>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
