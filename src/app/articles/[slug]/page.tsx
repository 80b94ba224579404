import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Provenance } from "@/components/Provenance";
import { ShareControl } from "@/components/ShareControl";
import { absoluteUrl, site } from "@/config/site";
import { getAllArticles, getArticleBySlug, getTopic, requireArticle, type Article } from "@/lib/articles";
import { renderMarkdown } from "@/lib/render";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((a) => ({ slug: a.slug }));
}

const ui = {
  ko: {
    minutes: (n: number) => `${n}분 분량`,
    topics: "주제",
    older: "이전 기사",
    newer: "다음 기사",
    related: "관련 기사",
    by: "",
    otherLang: "이 기사의 다른 언어판",
    photo: "원본 이미지 보기(외부 사이트)",
    nav: "날짜순 이웃 기사",
  },
  en: {
    minutes: (n: number) => `${n} min read`,
    topics: "Topics",
    older: "Previous",
    newer: "Next",
    related: "Related articles",
    by: "By ",
    otherLang: "This story in another language",
    photo: "View the original image (external site)",
    nav: "Neighbouring articles by date",
  },
} as const;

const languageName = { ko: "한국어", en: "English" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = getArticleBySlug((await params).slug);
  if (!a) return {};
  const languages = Object.fromEntries(a.translations.map((t) => [t.lang, requireArticle(t.slug).url]));
  const image = { url: a.ogImage, width: 1200, height: 630, alt: a.title, type: "image/png" };
  return {
    title: a.title,
    description: a.summary,
    authors: a.byline ? [{ name: a.byline.value }] : undefined,
    alternates: { canonical: a.url, languages: a.translations.length ? { [a.lang]: a.url, ...languages } : undefined },
    openGraph: {
      type: "article",
      siteName: site.name,
      url: a.url,
      title: a.title,
      description: a.summary,
      locale: a.lang === "en" ? "en_US" : "ko_KR",
      alternateLocale: a.translations.map((t) => (t.lang === "en" ? "en_US" : "ko_KR")),
      publishedTime: a.dateTime,
      section: a.topics[0] ? getTopic(a.topics[0].id)?.label.ko : undefined,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: a.title, description: a.summary, images: [image] },
  };
}

/** schema.org NewsArticle; data only (JSON is never executed), `<` escaped so it cannot close the tag. */
function jsonLd(a: Article): string {
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
    isPartOf: { "@type": "WebSite", name: site.name, url: absoluteUrl("/") },
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

function ArticleLink({ a, rel, label }: { a: Article; rel?: string; label: string }) {
  return (
    <a href={a.url} rel={rel} className="block rounded-lg border border-line p-4 no-underline hover:border-accent" lang={a.lang === "en" ? "en" : undefined}>
      <span className="block text-xs text-muted">{label}</span>
      <span className="mt-1 block font-semibold text-fg">{a.title}</span>
      <span className="mt-1 block text-xs text-muted">{a.dateLabel}</span>
    </a>
  );
}

export default async function ArticlePage({ params }: Props) {
  const a = getArticleBySlug((await params).slug);
  if (!a) notFound();
  const t = ui[a.lang];
  const html = renderMarkdown(a.body, { sections: a.sections, lang: a.lang });
  const older = a.olderSlug ? requireArticle(a.olderSlug) : undefined;
  const newer = a.newerSlug ? requireArticle(a.newerSlug) : undefined;
  const related = a.relatedSlugs.map(requireArticle);
  const translations = a.translations.map((tr) => ({ ...tr, article: requireArticle(tr.slug) }));

  return (
    <article lang={a.lang === "en" ? "en" : undefined} className="mx-auto max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(a) }} />
      <header>
        {translations.length > 0 ? (
          <nav aria-label={t.otherLang} className="no-print mb-4 flex flex-wrap gap-2 text-sm">
            <span aria-current="true" className="rounded-full bg-accent px-3 py-0.5 text-accent-fg">
              {languageName[a.lang]}
            </span>
            {translations.map((tr) => (
              <a key={tr.slug} href={tr.article.url} hrefLang={tr.lang} lang={tr.lang} className="rounded-full border border-line px-3 py-0.5 no-underline">
                {languageName[tr.lang]}
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
              {t.by}
              {a.byline.value}
            </span>
          ) : null}
          {a.outlet ? <span>{a.outlet.value}</span> : null}
          {a.dateTime ? <time dateTime={a.dateTime}>{a.dateLabel}</time> : <span>{a.dateLabel}</span>}
          <span>{t.minutes(a.readingMinutes)}</span>
        </p>
        {a.topics.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t.topics} role="list">
            {a.topics.map((tp) => {
              const topic = getTopic(tp.id);
              return (
                <li key={tp.id}>
                  <a href={`/topics/${tp.id}/`} className="rounded-full border border-line px-3 py-0.5 no-underline hover:border-accent">
                    {topic ? topic.label[a.lang] : tp.id}
                  </a>
                </li>
              );
            })}
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
          <div>{older ? <ArticleLink a={older} rel="prev" label={`← ${t.older}`} /> : null}</div>
          <div className="sm:text-right">{newer ? <ArticleLink a={newer} rel="next" label={`${t.newer} →`} /> : null}</div>
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
                <ArticleLink a={r} label={r.outlet?.value ?? ""} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
