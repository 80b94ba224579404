import type { Article } from "@/lib/articles";
import { getTopic } from "@/lib/articles";

/** A list of article cards: title, date (as precise as known), outlet, summary and topics. */
export function ArticleList({ articles, headingLevel = 2 }: { articles: Article[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  if (articles.length === 0) return <p className="text-muted">아직 기사가 없습니다.</p>;
  return (
    <ol className="divide-y divide-line" role="list">
      {articles.map((a) => (
        <li key={a.slug} className="py-5" lang={a.lang === "en" ? "en" : undefined}>
          <article>
            <H className="text-lg font-semibold leading-snug sm:text-xl">
              <a href={a.url} className="text-fg no-underline hover:text-accent hover:underline">
                {a.title}
              </a>
            </H>
            <p className="mt-1 text-sm text-muted">
              {a.dateTime ? <time dateTime={a.dateTime}>{a.dateLabel}</time> : <span>{a.dateLabel}</span>}
              {a.outlet ? <span> · {a.outlet.value}</span> : null}
              {a.lang === "en" ? <span> · English</span> : null}
              <span> · {a.lang === "en" ? `${a.readingMinutes} min read` : `${a.readingMinutes}분 분량`}</span>
            </p>
            <p className="mt-2 line-clamp-3">{a.summary}</p>
            {a.topics.length > 0 ? (
              <ul className="mt-2 flex flex-wrap gap-2 text-xs" aria-label={a.lang === "en" ? "Topics" : "주제"}>
                {a.topics.map((t) => {
                  const topic = getTopic(t.id);
                  return (
                    <li key={t.id}>
                      <a
                        href={`/topics/${t.id}/`}
                        className="rounded-full border border-line px-2 py-0.5 text-muted no-underline hover:border-accent hover:text-accent"
                      >
                        {topic ? (a.lang === "en" ? topic.label.en : topic.label.ko) : t.id}
                      </a>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
