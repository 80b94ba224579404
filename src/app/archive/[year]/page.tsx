import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { getArchiveYears, getArticlesByYear } from "@/lib/articles";

/** Articles shown per month on a year page. */
const MONTH_PREVIEW = 5;

type Props = { params: Promise<{ year: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArchiveYears().map((y) => ({ year: y.year }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: `${year}년 기사`, alternates: { canonical: `/archive/${year}/` } };
}

export default async function YearPage({ params }: Props) {
  const { year } = await params;
  const entry = getArchiveYears().find((y) => y.year === year);
  if (!entry) notFound();
  const articles = getArticlesByYear(year);
  const monthUnknown = articles.filter((a) => a.month === undefined);
  return (
    <>
      <nav aria-label="위치" className="text-sm">
        <a href="/archive/">날짜별 보관함</a> › <span aria-current="page">{year}년</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{year}년 기사</h1>
      <p className="mt-2 text-muted">모두 {entry.count}건</p>
      <ul className="mt-4 flex flex-wrap gap-2 text-sm" role="list" aria-label="달">
        {entry.months.map((m) => (
          <li key={m.month}>
            <a href={`/archive/${year}/${m.month}/`} className="inline-block rounded-md border border-line px-3 py-1 no-underline hover:border-accent">
              {Number(m.month)}월 <span className="text-muted">{m.count}건</span>
            </a>
          </li>
        ))}
      </ul>
      {entry.months.map((m) => (
        <section key={m.month} aria-labelledby={`m-${m.month}`} className="mt-8">
          <h2 id={`m-${m.month}`} className="text-xl font-bold">
            <a href={`/archive/${year}/${m.month}/`} className="text-fg">
              {Number(m.month)}월
            </a>
          </h2>
          {/* A year page previews each month; the month page holds the full, paginated list. */}
          <ArticleList articles={articles.filter((a) => a.month === m.month).slice(0, MONTH_PREVIEW)} headingLevel={3} />
          {m.count > MONTH_PREVIEW ? (
            <p className="mt-2 text-sm">
              <a href={`/archive/${year}/${m.month}/`}>
                {Number(m.month)}월 기사 {m.count}건 모두 보기
              </a>
            </p>
          ) : null}
        </section>
      ))}
      {monthUnknown.length > 0 ? (
        <section aria-labelledby="m-unknown" className="mt-8">
          <h2 id="m-unknown" className="text-xl font-bold">
            달 미상
          </h2>
          <ArticleList articles={monthUnknown} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
