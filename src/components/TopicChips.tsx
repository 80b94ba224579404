import type { Language } from "@/lib/article-schema";
import type { TopicSummary } from "@/lib/articles";

/** Every topic with articles, with its count, as links: the archive's table of contents by subject. */
export function TopicChips({ topics, lang, current }: { topics: TopicSummary[]; lang: Language; current?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" role="list">
      {topics
        .filter((t) => t.count > 0)
        .map((t) => (
          <li key={t.id}>
            <a
              href={t.url[lang]}
              aria-current={t.id === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm no-underline ${t.id === current ? "border-accent bg-accent text-accent-fg" : "border-line text-fg hover:border-accent hover:text-accent"}`}
            >
              {t.label[lang]} <span className={t.id === current ? "" : "text-muted"}>{t.count}</span>
            </a>
          </li>
        ))}
    </ul>
  );
}
