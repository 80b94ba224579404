import type { Metadata } from "next";
import { YearChart } from "@/components/YearChart";
import { getArchiveYears, getUndatedArticles } from "@/lib/articles";

export const metadata: Metadata = { title: "날짜별 보관함", alternates: { canonical: "/archive/" } };

export default function ArchivePage() {
  const years = getArchiveYears();
  const undated = getUndatedArticles();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">날짜별 보관함</h1>
      <p className="mt-2 text-muted">연도와 달을 골라 그때의 기사를 읽으세요. 날짜를 확인할 수 없는 기사는 따로 모았습니다.</p>
      <YearChart years={years} undated={undated.length} />
      <section aria-labelledby="years-title">
        <h2 id="years-title" className="mb-3 text-xl font-bold">
          연도와 달
        </h2>
        <ul className="space-y-4" role="list">
          {years.map((y) => (
            <li key={y.year} className="rounded-lg border border-line p-4">
              <h3 className="font-semibold">
                <a href={`/archive/${y.year}/`}>{y.year}년</a> <span className="text-sm font-normal text-muted">{y.count}건</span>
              </h3>
              <ul className="mt-2 flex flex-wrap gap-2 text-sm" role="list">
                {y.months.map((m) => (
                  <li key={m.month}>
                    <a
                      href={`/archive/${y.year}/${m.month}/`}
                      className="inline-block rounded-md border border-line px-2 py-0.5 no-underline hover:border-accent"
                    >
                      {Number(m.month)}월 <span className="text-muted">{m.count}</span>
                    </a>
                  </li>
                ))}
                {y.monthUnknown > 0 ? (
                  <li className="px-2 py-0.5 text-muted">
                    달 미상 {y.monthUnknown}건 (<a href={`/archive/${y.year}/`}>연도 페이지</a>)
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
          {undated.length > 0 ? (
            <li className="rounded-lg border border-dashed border-line p-4">
              <h3 className="font-semibold">
                <a href="/archive/undated/">날짜 미상</a> <span className="text-sm font-normal text-muted">{undated.length}건</span>
              </h3>
              <p className="mt-1 text-sm text-muted">원문에 연도나 달이 없어 날짜를 정하지 않은 기사입니다. 추측한 날짜 아래에 두지 않습니다.</p>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
