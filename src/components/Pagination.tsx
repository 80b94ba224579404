/** Previous/next and numbered links between pages of a list; page 1 lives at `base` itself. */
export function Pagination({ base, page, pages }: { base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return (
    <nav aria-label="페이지" className="mt-8 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="rounded-md border border-line px-3 py-1.5">
          ← 이전 페이지
        </a>
      ) : null}
      <ol className="flex flex-wrap gap-1" role="list">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="inline-block rounded-md bg-accent px-3 py-1.5 text-accent-fg">
                {n}
              </span>
            ) : (
              <a href={href(n)} className="inline-block rounded-md border border-line px-3 py-1.5">
                {n}
              </a>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className="rounded-md border border-line px-3 py-1.5">
          다음 페이지 →
        </a>
      ) : null}
    </nav>
  );
}
