import { langAttr, uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { ArticleCard } from "@/lib/articles";

/** A list of article cards: title, date (as precise as known), outlet, summary and topics, in the interface's language. */
export function ArticleList({ articles, lang, headingLevel = 2 }: { articles: ArticleCard[]; lang: Language; headingLevel?: 2 | 3 }) {
  const t = uiText(lang);
  const H = headingLevel === 2 ? "h2" : "h3";
  if (articles.length === 0) return <p className="text-muted">{t.list.empty}</p>;
  return (
    <ol className="divide-y divide-line" role="list">
      {articles.map((a) => (
        <li key={a.slug} className="py-5">
          <article>
            <H className="text-lg font-semibold leading-snug sm:text-xl" lang={a.lang === lang ? undefined : a.lang}>
              <a href={a.url} className="text-fg no-underline hover:text-accent hover:underline">
                {a.title}
              </a>
            </H>
            <p className="mt-1 text-sm text-muted">
              {a.dateTime ? <time dateTime={a.dateTime}>{a.dateLabels[lang]}</time> : <span>{a.dateLabels[lang]}</span>}
              {a.outlet ? (
                <span>
                  {" · "}
                  <span lang={langAttr(a.outlet.value, lang)}>{a.outlet.value}</span>
                </span>
              ) : null}
              {a.lang !== lang ? <span> · {t.languageOf[a.lang]}</span> : null}
              <span> · {t.list.minutes(a.readingMinutes)}</span>
            </p>
            <p className="mt-2 line-clamp-3" lang={a.lang === lang ? undefined : a.lang}>
              {a.summary}
            </p>
            {a.topicLinks.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label={t.list.topics}>
                {a.topicLinks.map((topic) => (
                  <li key={topic.id}>
                    <a
                      href={topic.url[lang]}
                      className="rounded-full border border-line px-2 py-0.5 text-muted no-underline hover:border-accent hover:text-accent"
                    >
                      {topic.label[lang]}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
