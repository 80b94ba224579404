import { Provenance } from "@/components/Provenance";
import { ShareControl } from "@/components/ShareControl";
import { absoluteUrl } from "@/config/site";
import { langAttr, uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { ArticleCard, ArticlePageData } from "@/lib/articles";
import { paths } from "@/lib/paths";
import { renderMarkdown } from "@/lib/render";
import "@/app/article.css";

/** schema.org NewsArticle; data only (JSON is never executed), `<` escaped so it cannot close the tag. */
function jsonLd(a: ArticlePageData): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    description: a.summary,
    inLanguage: a.lang,
    url: absoluteUrl(a.url),
    mainEntityOfPage: absoluteUrl(a.url),
    image: [absoluteUrl(a.ogImage)],
    ...(a.dateTime ? { datePublished: a.dateTime } : {}),
    ...(a.byline ? { author: [{ "@type": "Person", name: a.byline.value }] } : {}),
    ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet.value } } : {}),
    ...(a.originalUrls.length ? { isBasedOn: a.originalUrls.map((u) => u.url) } : {}),
    isPartOf: { "@type": "WebSite", name: uiText(a.lang).siteName, url: absoluteUrl(paths.home(a.lang)) },
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** A card linking to another article, labelled in the page's language (`lang`). */
function ArticleLink({ a, rel, label, lang }: { a: ArticleCard; rel?: string; label: string; lang: Language }) {
  return (
    <a href={a.url} rel={rel} className="block rounded-lg border border-line p-4 no-underline hover:border-accent">
      <span className="block text-xs text-muted" lang={langAttr(label, lang)}>
        {label}
      </span>
      <span className="mt-1 block font-semibold text-fg" lang={a.lang === lang ? undefined : a.lang}>
        {a.title}
      </span>
      <span className="mt-1 block text-xs text-muted">{a.dateLabels[lang]}</span>
    </a>
  );
}

/** An article page, its interface in the article's language: header, body, provenance, neighbours and related articles. */
export function ArticleView({ article: a }: { article: ArticlePageData }) {
  const ui = uiText(a.lang);
  const t = ui.article;
  const html = renderMarkdown(a.body, { sections: a.sections, lang: a.lang });
  const { older, newer, related } = a;

  return (
    <article className="mx-auto max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(a) }} />
      <header>
        {a.otherLanguages.length > 0 ? (
          <nav aria-label={t.otherLang} className="no-print mb-4 flex flex-wrap gap-2 text-sm">
            <span aria-current="true" className="rounded-full bg-accent px-3 py-0.5 text-accent-fg">
              {ui.languageName}
            </span>
            {a.otherLanguages.map((tr) => (
              <a key={tr.slug} href={tr.url} hrefLang={tr.lang} lang={tr.lang} className="rounded-full border border-line px-3 py-0.5 no-underline">
                {uiText(tr.lang).languageName}
              </a>
            ))}
          </nav>
        ) : null}
        <h1 className="text-2xl font-bold leading-snug sm:text-3xl sm:leading-snug">{a.title}</h1>
        {a.deck.length > 0 ? (
          <div className="mt-3 space-y-1 text-lg text-muted">
            {a.deck.map((d) => (
              <p key={d}>{d}</p>
            ))}
          </div>
        ) : null}
        <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
          {a.byline ? (
            <span>
              {/* A byline written as "By …" in the source keeps its own word. */}
              {/^by\s/iu.test(a.byline.value) ? null : t.by}
              <span lang={langAttr(a.byline.value, a.lang)}>{a.byline.value}</span>
            </span>
          ) : null}
          {a.outlet ? <span lang={langAttr(a.outlet.value, a.lang)}>{a.outlet.value}</span> : null}
          {a.dateTime ? <time dateTime={a.dateTime}>{a.dateLabel}</time> : <span>{a.dateLabel}</span>}
          <span>{ui.list.minutes(a.readingMinutes)}</span>
        </p>
        {a.topicLinks.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t.topics} role="list">
            {a.topicLinks.map((topic) => (
              <li key={topic.id}>
                <a href={topic.url[a.lang]} className="rounded-full border border-line px-3 py-0.5 no-underline hover:border-accent">
                  {topic.label[a.lang]}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="mt-5">
          <ShareControl url={absoluteUrl(a.url)} title={a.title} lang={a.lang} />
        </div>
        <p className="print-url hidden text-xs">{absoluteUrl(a.url)}</p>
      </header>

      {a.images.map((img) => (
        <figure key={img.src} className="mt-6 rounded-lg border border-dashed border-line p-4 text-sm">
          <figcaption>{img.caption}</figcaption>
          <a href={img.src} rel="nofollow noopener noreferrer" className="mt-1 inline-block">
            {t.photo}
          </a>
        </figure>
      ))}

      <div className="prose prose-lg mt-8 max-w-none" dangerouslySetInnerHTML={{ __html: html }} />

      <Provenance article={a} />

      {older || newer ? (
        <nav aria-label={t.nav} className="no-print mt-10 grid gap-3 sm:grid-cols-2">
          <div>{older ? <ArticleLink a={older} rel="prev" label={`← ${t.older}`} lang={a.lang} /> : null}</div>
          <div className="sm:text-right">{newer ? <ArticleLink a={newer} rel="next" label={`${t.newer} →`} lang={a.lang} /> : null}</div>
        </nav>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="related-title" className="no-print mt-10">
          <h2 id="related-title" className="mb-3 text-lg font-bold">
            {t.related}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3" role="list">
            {related.map((r) => (
              <li key={r.slug}>
                <ArticleLink a={r} label={r.outlet?.value ?? ""} lang={a.lang} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
