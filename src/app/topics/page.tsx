import type { Metadata } from "next";
import { getTopics } from "@/lib/articles";

export const metadata: Metadata = { title: "주제별 기사", alternates: { canonical: "/topics/" } };

export default function TopicsPage() {
  const topics = getTopics();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">주제별 기사</h1>
      <p className="mt-2 text-muted">기사 본문에 나온 낱말로 주제를 붙였습니다. 한 기사가 여러 주제에 속할 수 있습니다.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2" role="list">
        {topics.map((t) => (
          <li key={t.id} className="rounded-lg border border-line p-4">
            <h2 className="text-lg font-semibold">
              <a href={t.url}>{t.label.ko}</a>{" "}
              <span lang="en" className="text-sm font-normal text-muted">
                {t.label.en}
              </span>
            </h2>
            <p className="mt-1 text-sm">{t.description.ko}</p>
            <p className="mt-1 text-sm text-muted">기사 {t.count}건</p>
          </li>
        ))}
      </ul>
    </>
  );
}
