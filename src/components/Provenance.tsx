import type { Article } from "@/lib/articles";

const originLabel = {
  ko: { stated: "원문에 적힌 그대로", editorial: "편집자가 확인", inferred: "추정" },
  en: { stated: "stated in the source", editorial: "established by the editors", inferred: "inferred" },
} as const;

const labels = {
  ko: {
    heading: "출처와 내력",
    title: "제목",
    original: "원문 주소",
    noOriginal: "원문 주소를 찾지 못했습니다.",
    outlet: "매체",
    byline: "기자",
    date: "날짜",
    parts: "묶인 글",
    raw: "받은 그대로의 원문",
    rawLink: "원문 텍스트 파일",
    from: "근거",
  },
  en: {
    heading: "Source & provenance",
    title: "Headline",
    original: "Original address",
    noOriginal: "The original address was not found.",
    outlet: "Outlet",
    byline: "Byline",
    date: "Date",
    parts: "Parts",
    raw: "Source as received",
    rawLink: "raw text file",
    from: "from",
  },
} as const;

/**
 * Where the article came from and how each fact about it was established: original address(es),
 * outlet, byline, how the date is known, and the raw source exactly as received.
 */
export function Provenance({ article: a }: { article: Article }) {
  const l = labels[a.lang];
  const o = originLabel[a.lang];
  const dateHow = a.published.origin ? o[a.published.origin] : undefined;
  return (
    <aside aria-labelledby="provenance-title" className="mt-10 rounded-lg border border-line bg-panel p-5 text-sm">
      <h2 id="provenance-title" className="text-base font-bold">
        {a.lang === "en" ? (
          <>
            {l.heading} <span lang="ko">· 출처와 내력</span>
          </>
        ) : (
          <>
            {l.heading} <span lang="en">· Source &amp; provenance</span>
          </>
        )}
      </h2>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[8rem_1fr]">
        <dt className="font-semibold">{l.original}</dt>
        <dd>
          {a.originalUrls.length === 0 ? (
            l.noOriginal
          ) : (
            <ul role="list">
              {a.originalUrls.map((u) => (
                <li key={u.url} className="break-all">
                  {u.label ? <span>{u.label}: </span> : null}
                  <a href={u.url} rel="nofollow noopener noreferrer">
                    {u.url}
                  </a>{" "}
                  <span className="text-muted">({o[u.origin]})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {a.titleOrigin ? (
          <>
            <dt className="font-semibold">{l.title}</dt>
            <dd>
              {o[a.titleOrigin.origin]}
              {a.titleOrigin.from ? (
                <span className="text-muted" lang="en">
                  {" "}
                  ({a.titleOrigin.from})
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {a.outlet ? (
          <>
            <dt className="font-semibold">{l.outlet}</dt>
            <dd>
              {a.outlet.value}{" "}
              <span className="text-muted">
                ({o[a.outlet.origin]}
                {a.outlet.from ? (
                  <>
                    , {l.from}: <span lang="en">{a.outlet.from}</span>
                  </>
                ) : null}
                )
              </span>
            </dd>
          </>
        ) : null}
        {a.byline ? (
          <>
            <dt className="font-semibold">{l.byline}</dt>
            <dd>
              {a.byline.value} <span className="text-muted">({o[a.byline.origin]})</span>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{l.date}</dt>
        <dd>
          {a.dateLabel}
          {dateHow ? <span className="text-muted"> ({dateHow})</span> : null}
          {/* Editorial notes are kept in English, the language the provenance record is written in. */}
          {a.published.note ? (
            <p className="mt-1 text-muted" lang="en">
              {a.published.note}
            </p>
          ) : null}
        </dd>
        {a.sections.length > 0 ? (
          <>
            <dt className="font-semibold">{l.parts}</dt>
            <dd>
              <ol role="list">
                {a.sections.map((s) => (
                  <li key={s.anchor}>
                    <a href={`#${s.anchor}`}>{s.title}</a> <span className="text-muted">· {s.dateLabel}</span>
                    {s.url ? (
                      <>
                        {" "}
                        ·{" "}
                        <a href={s.url} rel="nofollow noopener noreferrer" className="break-all">
                          {s.url}
                        </a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{l.raw}</dt>
        <dd>
          <a href={`/sources/${a.source.file}`} type="text/plain">
            {a.source.file}
          </a>{" "}
          <span className="text-muted">({l.rawLink})</span>
          <p className="mt-1 break-all font-mono text-xs text-muted">
            <abbr title="SHA-256">sha256</abbr> {a.source.sha256}
          </p>
        </dd>
      </dl>
    </aside>
  );
}
