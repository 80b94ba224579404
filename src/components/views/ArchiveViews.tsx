import { ArticleList } from "@/components/ArticleList";
import { Breadcrumb } from "@/components/Breadcrumb";
import { Pagination } from "@/components/Pagination";
import { YearChart } from "@/components/YearChart";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { PageNav } from "@/lib/pagination";
import type { ArchiveYear, ArticleCard } from "@/lib/articles";
import { paths } from "@/lib/paths";

/** The archive by date: a chart of the years, then every year and month with its count. */
export function ArchiveView({ lang, years, undated }: { lang: Language; years: ArchiveYear[]; undated: number }) {
  const t = uiText(lang);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t.archive.title}</h1>
      <p className="mt-2 text-muted">{t.archive.intro}</p>
      <YearChart years={years} undated={undated} lang={lang} />
      <section aria-labelledby="years-title">
        <h2 id="years-title" className="mb-3 text-xl font-bold">
          {t.archive.yearsAndMonths}
        </h2>
        <ul className="space-y-4" role="list">
          {years.map((y) => (
            <li key={y.year} className="rounded-lg border border-line p-4">
              <h3 className="font-semibold">
                <a href={paths.year(lang, y.year)}>{t.archive.year(y.year)}</a> <span className="text-sm font-normal text-muted">{t.list.count(y.count)}</span>
              </h3>
              <ul className="mt-2 flex flex-wrap gap-2 text-sm" role="list">
                {y.months.map((m) => (
                  <li key={m.month}>
                    <a
                      href={paths.month(lang, y.year, m.month)}
                      className="inline-block rounded-md border border-line px-2 py-0.5 no-underline hover:border-accent"
                    >
                      {t.archive.month(m.month)} <span className="text-muted">{m.count}</span>
                    </a>
                  </li>
                ))}
                {y.monthUnknown > 0 ? (
                  <li className="px-2 py-0.5 text-muted">
                    {t.archive.monthUnknownCount(y.monthUnknown)} (<a href={paths.year(lang, y.year)}>{t.archive.yearPage}</a>)
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
          {undated > 0 ? (
            <li className="rounded-lg border border-dashed border-line p-4">
              <h3 className="font-semibold">
                <a href={paths.undated(lang)}>{t.archive.undated}</a> <span className="text-sm font-normal text-muted">{t.list.count(undated)}</span>
              </h3>
              <p className="mt-1 text-sm text-muted">{t.archive.undatedShelf}</p>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}

/**
 * One year: links to its months, the newest few articles of each month (`previews`, by month) with
 * a link to the month's full list, and the articles whose month is unknown.
 */
export function YearView(props: { lang: Language; year: ArchiveYear; previews: Record<string, ArticleCard[]>; monthUnknown: ArticleCard[] }) {
  const { lang, year, previews, monthUnknown } = props;
  const t = uiText(lang);
  return (
    <>
      <Breadcrumb lang={lang} trail={[{ href: paths.archive(lang), label: t.archive.title }]} current={t.archive.year(year.year)} />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{t.archive.yearTitle(year.year)}</h1>
      <p className="mt-2 text-muted">{t.list.total(year.count)}</p>
      <ul className="mt-4 flex flex-wrap gap-2 text-sm" role="list" aria-label={t.archive.months}>
        {year.months.map((m) => (
          <li key={m.month}>
            <a href={paths.month(lang, year.year, m.month)} className="inline-block rounded-md border border-line px-3 py-1 no-underline hover:border-accent">
              {t.archive.month(m.month)} <span className="text-muted">{t.list.count(m.count)}</span>
            </a>
          </li>
        ))}
      </ul>
      {year.months.map((m) => (
        <section key={m.month} aria-labelledby={`m-${m.month}`} className="mt-8">
          <h2 id={`m-${m.month}`} className="text-xl font-bold">
            <a href={paths.month(lang, year.year, m.month)} className="text-fg">
              {t.archive.month(m.month)}
            </a>
          </h2>
          <ArticleList articles={previews[m.month] ?? []} lang={lang} headingLevel={3} />
          {m.count > (previews[m.month]?.length ?? 0) ? (
            <p className="mt-2 text-sm">
              <a href={paths.month(lang, year.year, m.month)}>{t.archive.seeAll(m.month, m.count)}</a>
            </p>
          ) : null}
        </section>
      ))}
      {monthUnknown.length > 0 ? (
        <section aria-labelledby="m-unknown" className="mt-8">
          <h2 id="m-unknown" className="text-xl font-bold">
            {t.archive.monthUnknown}
          </h2>
          <ArticleList articles={monthUnknown} lang={lang} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}

/** One page of a month's articles, newest first. */
export function MonthView(props: { lang: Language; year: string; month: string; total: number; items: ArticleCard[]; nav: PageNav }) {
  const { lang, year, month, total, items, nav } = props;
  const t = uiText(lang);
  return (
    <>
      <Breadcrumb
        lang={lang}
        trail={[
          { href: paths.archive(lang), label: t.archive.title },
          { href: paths.year(lang, year), label: t.archive.year(year) },
        ]}
        current={t.archive.month(month)}
      />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {t.archive.monthTitle(year, month)}
        {nav.page !== "latest" ? <span className="text-lg font-normal"> {t.list.pageSuffix(nav.page)}</span> : null}
      </h1>
      <p className="mt-2 text-muted">{t.list.total(total)}</p>
      <ArticleList articles={items} lang={lang} />
      <Pagination base={paths.month(lang, year, month)} nav={nav} lang={lang} />
    </>
  );
}

/** One page of the articles whose date is not known. */
export function UndatedView({ lang, total, items, nav }: { lang: Language; total: number; items: ArticleCard[]; nav: PageNav }) {
  const t = uiText(lang);
  return (
    <>
      <Breadcrumb lang={lang} trail={[{ href: paths.archive(lang), label: t.archive.title }]} current={t.archive.undated} />
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {t.archive.undatedTitle}
        {nav.page !== "latest" ? <span className="text-lg font-normal"> {t.list.pageSuffix(nav.page)}</span> : null}
      </h1>
      <p className="mt-2 text-muted">{t.archive.undatedIntro(total)}</p>
      <ArticleList articles={items} lang={lang} />
      <Pagination base={paths.undated(lang)} nav={nav} lang={lang} />
    </>
  );
}
