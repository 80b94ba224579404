import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { getArchiveYears, getArticlesByMonth } from "@/lib/articles";

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArchiveYears().flatMap((y) => y.months.map((m) => ({ year: y.year, month: m.month })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month } = await params;
  return { title: `${year}년 ${Number(month)}월 기사`, alternates: { canonical: `/archive/${year}/${month}/` } };
}

export default async function MonthPage({ params }: Props) {
  const { year, month } = await params;
  const articles = getArticlesByMonth(year, month);
  if (articles.length === 0) notFound();
  return (
    <>
      <nav aria-label="위치" className="text-sm">
        <a href="/archive/">날짜별 보관함</a> › <a href={`/archive/${year}/`}>{year}년</a> › <span aria-current="page">{Number(month)}월</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {year}년 {Number(month)}월 기사
      </h1>
      <p className="mt-2 text-muted">모두 {articles.length}건</p>
      <ArticleList articles={articles} />
    </>
  );
}
