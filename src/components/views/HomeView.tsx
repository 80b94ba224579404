import { ArticleList } from "@/components/ArticleList";
import { Pagination } from "@/components/Pagination";
import { TopicChips } from "@/components/TopicChips";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { ArticleCard, TopicSummary } from "@/lib/articles";
import { paths } from "@/lib/paths";

/** The archive's front page: one page of the newest-first list, with the topics above it. */
export function HomeView(props: { lang: Language; items: ArticleCard[]; total: number; page: number; pages: number; topics: TopicSummary[] }) {
  const { lang, items, total, page, pages, topics } = props;
  const t = uiText(lang);
  return (
    <>
      <section aria-labelledby="home-title" className="mb-8">
        <h1 id="home-title" className="text-2xl font-bold sm:text-3xl">
          {t.home.title}
          {page > 1 ? <span className="text-lg font-normal"> {t.list.pageSuffix(page)}</span> : null}
        </h1>
        <p className="mt-2 text-muted">
          {t.description} {t.home.intro(total)}
        </p>
      </section>
      <section aria-labelledby="home-topics" className="mb-6">
        <h2 id="home-topics" className="mb-2 text-sm font-semibold text-muted">
          {t.home.topics}
        </h2>
        <TopicChips topics={topics} lang={lang} />
      </section>
      <section aria-label={t.home.list}>
        <ArticleList articles={items} lang={lang} />
      </section>
      <Pagination base={paths.home(lang)} page={page} pages={pages} lang={lang} />
    </>
  );
}
