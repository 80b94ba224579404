import { ArticleList } from "@/components/ArticleList";
import { Breadcrumb } from "@/components/Breadcrumb";
import { Pagination } from "@/components/Pagination";
import { TopicChips } from "@/components/TopicChips";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { ArticleCard, TopicSummary } from "@/lib/articles";
import { paths } from "@/lib/paths";

/** One page of a topic's articles, newest first; the first page (`topics` given) also leads to the other topics. */
export function TopicView(props: { lang: Language; topic: TopicSummary; topics?: TopicSummary[]; items: ArticleCard[]; page: number; pages: number }) {
  const { lang, topic, topics, items, page, pages } = props;
  const t = uiText(lang);
  return (
    <>
      <Breadcrumb lang={lang} trail={[{ href: paths.topics(lang), label: t.topics.title }]} current={topic.label[lang]} />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {topic.label[lang]}
        {lang === "ko" ? (
          <span lang="en" className="text-lg font-normal text-muted">
            {" "}
            {topic.label.en}
          </span>
        ) : null}
        {page > 1 ? <span className="text-lg font-normal"> {t.list.pageSuffix(page)}</span> : null}
      </h1>
      <p className="mt-2">{topic.description[lang]}</p>
      <p className="mt-1 text-sm text-muted">{t.topics.count(topic.count)}</p>
      {topics ? (
        <div className="mt-4">
          <TopicChips topics={topics} lang={lang} current={topic.id} />
        </div>
      ) : null}
      <ArticleList articles={items} lang={lang} />
      <Pagination base={topic.url[lang]} page={page} pages={pages} lang={lang} />
    </>
  );
}
