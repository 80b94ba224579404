import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { SearchForm } from "@/components/SearchForm";
import { getAllArticles } from "@/lib/articles";

export const metadata: Metadata = { title: "페이지를 찾을 수 없습니다", robots: { index: false } };

/** A missing page still leads somewhere: a search box, the archive's doors and the latest articles. */
export default function NotFound() {
  const latest = getAllArticles().slice(0, 5);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">페이지를 찾을 수 없습니다</h1>
      <p className="mt-2">
        주소가 바뀌었거나 잘못 입력되었을 수 있습니다. <span lang="en">(Page not found.)</span> 검색하거나 <a href="/archive/">날짜별</a>,{" "}
        <a href="/topics/">주제별</a> 보관함에서 찾아보세요.
      </p>
      <div className="mt-4">
        <SearchForm id="not-found-search" label="찾던 기사 검색" />
      </div>
      <h2 className="mt-8 text-xl font-bold">최신 기사</h2>
      <ArticleList articles={latest} headingLevel={3} />
    </>
  );
}
