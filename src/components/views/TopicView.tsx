import { ArticleList } from "@/components/ArticleList";
import { Breadcrumb } from "@/components/Breadcrumb";
import { Pagination } from "@/components/Pagination";
import { TopicChips } from "@/components/TopicChips";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { PageNav } from "@/lib/pagination";
import type { ArticleCard, TopicLink, TopicSummary } from "@/lib/articles";
import { paths } from "@/lib/paths";

/**
 * One page of a topic's articles, newest first. The latest page also says how many articles the
 * topic has and leads to the other topics (`topics`); a numbered page shows neither, so that it
 * stays as it is while newer articles are added (src/lib/pagination.ts).
 */
export function TopicView(props: { lang: Language; topic: TopicLink & { count?: number }; topics?: TopicSummary[]; items: ArticleCard[]; nav: PageNav }) {
  const { lang, topic, topics, items, nav } = props;
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
        {nav.page !== "latest" ? <span className="text-lg font-normal"> {t.list.pageSuffix(nav.page)}</span> : null}
      </h1>
      <p className="mt-2">{topic.description[lang]}</p>
      {topic.count !== undefined ? <p className="mt-1 text-sm text-muted">{t.topics.count(topic.count)}</p> : null}
      {topics ? (
        <div className="mt-4">
          <TopicChips topics={topics} lang={lang} current={topic.id} />
        </div>
      ) : null}
      <ArticleList articles={items} lang={lang} />
      <Pagination base={topic.url[lang]} nav={nav} lang={lang} />
    </>
  );
}
