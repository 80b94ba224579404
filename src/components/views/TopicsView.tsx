import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { TopicSummary } from "@/lib/articles";

/** Every topic with its description and count. */
export function TopicsView({ lang, topics }: { lang: Language; topics: TopicSummary[] }) {
  const t = uiText(lang);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.topics.title}</h1>
      <p className="mt-2 text-muted">{t.topics.intro}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2" role="list">
        {topics.map((topic) => (
          <li key={topic.id} className="rounded-lg border border-line p-4">
            <h2 className="text-lg font-semibold">
              <a href={topic.url[lang]}>{topic.label[lang]}</a>
              {lang === "ko" ? (
                <span lang="en" className="text-sm font-normal text-muted">
                  {" "}
                  {topic.label.en}
                </span>
              ) : null}
            </h2>
            <p className="mt-1 text-sm">{topic.description[lang]}</p>
            <p className="mt-1 text-sm text-muted">{t.topics.count(topic.count)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
