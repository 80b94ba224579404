import { langAttr, uiText } from "@/config/ui";
import type { ArticlePageData } from "@/lib/articles";

/**
 * Where the article came from and how each fact about it was established: original address(es),
 * outlet, byline, how the date is known, and the raw source exactly as received.
 */
export function Provenance({ article: a }: { article: ArticlePageData }) {
  const l = uiText(a.lang).provenance;
  const o = l.origin;
  const dateHow = a.published.origin ? o[a.published.origin] : undefined;
  return (
    <aside aria-labelledby="provenance-title" className="mt-10 rounded-lg border border-line bg-panel p-5 text-sm">
      <h2 id="provenance-title" className="text-base font-bold">
        {l.heading}
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
                  {u.label ? <span lang={langAttr(u.label, a.lang)}>{u.label}: </span> : null}
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
                <span className="text-muted" lang={langAttr(a.titleOrigin.from, a.lang)}>
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
              <span lang={langAttr(a.outlet.value, a.lang)}>{a.outlet.value}</span>{" "}
              <span className="text-muted">
                ({o[a.outlet.origin]}
                {a.outlet.from ? (
                  <>
                    , {l.from}: <span lang={langAttr(a.outlet.from, a.lang)}>{a.outlet.from}</span>
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
              <span lang={langAttr(a.byline.value, a.lang)}>{a.byline.value}</span> <span className="text-muted">({o[a.byline.origin]})</span>
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
          <a href={a.sourceUrl} type="text/plain">
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
