import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { Pagination } from "@/components/Pagination";
import { site } from "@/config/site";
import { getArchiveYears, getArticlesByMonth, getUndatedArticles, paginate } from "@/lib/articles";

/** Route params for every page of every month, page 1 included. */
export const monthPageParams = () =>
  getArchiveYears().flatMap((y) =>
    y.months.flatMap((m) => paginate(getArticlesByMonth(y.year, m.month), site.pageSize).map((_, i) => ({ year: y.year, month: m.month, n: String(i + 1) }))),
  );

/** Route params for every page of the undated shelf, page 1 included. */
export const undatedPageParams = () => paginate(getUndatedArticles(), site.pageSize).map((_, i) => ({ n: String(i + 1) }));

/** One page of a month's articles, newest first. */
export function MonthList({ year, month, page }: { year: string; month: string; page: number }) {
  const all = getArticlesByMonth(year, month);
  const pages = paginate(all, site.pageSize);
  const items = pages[page - 1];
  if (all.length === 0 || !items) notFound();
  return (
    <>
      <nav aria-label="위치" className="text-sm">
        <a href="/archive/">날짜별 보관함</a> › <a href={`/archive/${year}/`}>{year}년</a> › <span aria-current="page">{Number(month)}월</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {year}년 {Number(month)}월 기사{page > 1 ? <span className="text-lg font-normal"> ({page}쪽)</span> : null}
      </h1>
      <p className="mt-2 text-muted">모두 {all.length}건</p>
      <ArticleList articles={items} />
      <Pagination base={`/archive/${year}/${month}/`} page={page} pages={pages.length} />
    </>
  );
}

/** One page of the articles whose date is not known. */
export function UndatedList({ page }: { page: number }) {
  const all = getUndatedArticles();
  const pages = paginate(all, site.pageSize);
  const items = pages[page - 1];
  if (!items) notFound();
  return (
    <>
      <nav aria-label="위치" className="text-sm">
        <a href="/archive/">날짜별 보관함</a> › <span aria-current="page">날짜 미상</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">날짜 미상 기사{page > 1 ? <span className="text-lg font-normal"> ({page}쪽)</span> : null}</h1>
      <p className="mt-2 text-muted">
        원문에 발행 날짜가 온전히 적혀 있지 않고 다른 근거로도 확인하지 못한 기사 {all.length}건입니다. 짐작한 날짜 아래에 두지 않고 여기에 모았습니다. 각
        기사의 &lsquo;출처와 내력&rsquo;에 원문이 말하는 날짜와 그 근거를 적었습니다.
      </p>
      <ArticleList articles={items} />
      <Pagination base="/archive/undated/" page={page} pages={pages.length} />
    </>
  );
}
