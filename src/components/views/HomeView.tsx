import { ArticleList } from "@/components/ArticleList";
import { Pagination } from "@/components/Pagination";
import { TopicChips } from "@/components/TopicChips";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { PageNav } from "@/lib/pagination";
import type { ArticleCard, TopicSummary } from "@/lib/articles";
import { paths } from "@/lib/paths";

/**
 * The archive's front page: one page of the newest-first list. The latest page, at the site's
 * root (`front`), also says how many articles there are and shows the topics above the list.
 */
export function HomeView(props: { lang: Language; items: ArticleCard[]; nav: PageNav; front?: { total: number; topics: TopicSummary[] } }) {
  const { lang, items, nav, front } = props;
  const t = uiText(lang);
  return (
    <>
      <section aria-labelledby="home-title" className="mb-8">
        <h1 id="home-title" className="text-2xl font-bold sm:text-3xl">
          {t.home.title}
          {nav.page !== "latest" ? <span className="text-lg font-normal"> {t.list.pageSuffix(nav.page)}</span> : null}
        </h1>
        {front ? (
          <p className="mt-2 text-muted">
            {t.description} {t.home.intro(front.total)}
          </p>
        ) : null}
      </section>
      {front ? (
        <section aria-labelledby="home-topics" className="mb-6">
          <h2 id="home-topics" className="mb-2 text-sm font-semibold text-muted">
            {t.home.topics}
          </h2>
          <TopicChips topics={front.topics} lang={lang} />
        </section>
      ) : null}
      <section aria-label={t.home.list}>
        <ArticleList articles={items} lang={lang} />
      </section>
      <Pagination base={paths.home(lang)} nav={nav} lang={lang} />
    </>
  );
}
