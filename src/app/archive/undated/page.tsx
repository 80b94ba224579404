import type { Metadata } from "next";
import { ArticleList } from "@/components/ArticleList";
import { getUndatedArticles } from "@/lib/articles";

export const metadata: Metadata = { title: "날짜 미상 기사", alternates: { canonical: "/archive/undated/" } };

export default function UndatedPage() {
  const articles = getUndatedArticles();
  return (
    <>
      <nav aria-label="위치" className="text-sm">
        <a href="/archive/">날짜별 보관함</a> › <span aria-current="page">날짜 미상</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">날짜 미상 기사</h1>
      <p className="mt-2 text-muted">
        원문에 발행 날짜가 온전히 적혀 있지 않고 다른 근거로도 확인하지 못한 기사 {articles.length}건입니다. 짐작한 날짜 아래에 두지 않고 여기에 모았습니다. 각 기사의 &lsquo;출처와
        내력&rsquo;에 원문이 말하는 날짜와 그 근거를 적었습니다.
      </p>
      <ArticleList articles={articles} />
    </>
  );
}
