import { ArticleList } from "@/components/ArticleList";
import { Pagination } from "@/components/Pagination";
import { TopicChips } from "@/components/TopicChips";
import { site } from "@/config/site";
import { getAllArticles, paginate } from "@/lib/articles";

/** Number of pages of the home list. */
export const homePageCount = (): number => paginate(getAllArticles(), site.pageSize).length;

/** The archive's front page (page `page` of the newest-first list). */
export function HomeList({ page }: { page: number }) {
  const all = getAllArticles();
  const pages = paginate(all, site.pageSize);
  const items = pages[page - 1] ?? [];
  return (
    <>
      <section aria-labelledby="home-title" className="mb-8">
        <h1 id="home-title" className="text-2xl font-bold sm:text-3xl">
          {page === 1 ? "최신 기사" : `최신 기사 (${page}쪽)`}
        </h1>
        <p className="mt-2 text-muted">
          {site.description} 모두 {all.length}건, 최신 기사부터 보여 줍니다.
        </p>
      </section>
      <section aria-labelledby="home-topics" className="mb-6">
        <h2 id="home-topics" className="mb-2 text-sm font-semibold text-muted">
          주제
        </h2>
        <TopicChips />
      </section>
      <section aria-label="기사 목록">
        <ArticleList articles={items} />
      </section>
      <Pagination base="/" page={page} pages={pages.length} />
    </>
  );
}
