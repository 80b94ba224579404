/**
 * The article route: one page per article at /articles/<slug>/, in the article's own language,
 * interface included, with its share card, translations as hreflang alternates and NewsArticle data.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/SiteShell";
import { ArticleView } from "@/components/views/ArticleView";
import { uiText } from "@/config/ui";
import { type ArticlePageData, getAllArticles, getArticleBySlug, toPageData } from "@/lib/articles";
import { paths } from "@/lib/paths";
import type { PageRoute } from "./page-route";
import { shellMetadata } from "./shell";

type Params = { slug: string };
type Data = { article: ArticlePageData };

const data = ({ slug }: Params): Data => ({ article: toPageData(getArticleBySlug(slug) ?? notFound()) });

/** The document around an article: the interface of its language; the switch leads to its translation, or the other language's home. */
export async function ArticleLayout({ params, children }: { params: Promise<Params>; children: ReactNode }) {
  const { article: a } = data(await params);
  const other = a.otherLanguages[0];
  return (
    <SiteShell lang={a.lang} switchTo={other ? other.url : paths.home(a.lang === "ko" ? "en" : "ko")}>
      {children}
    </SiteShell>
  );
}

export async function articleLayoutMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return shellMetadata(data(await params).article.lang);
}

export const articleRoute: PageRoute<Params, Data> = {
  pattern: paths.article("[slug]"),
  params: () => getAllArticles().map((a) => ({ slug: a.slug })),
  data,
  metadata: (_, { article: a }) => {
    const t = uiText(a.lang);
    const image = { url: a.ogImage, width: 1200, height: 630, alt: a.title, type: "image/png" };
    const languages = Object.fromEntries(a.otherLanguages.map((o) => [o.lang, o.url]));
    return {
      title: a.title,
      description: a.summary,
      authors: a.byline ? [{ name: a.byline.value }] : undefined,
      alternates: { canonical: a.url, languages: a.otherLanguages.length ? { [a.lang]: a.url, ...languages } : undefined },
      openGraph: {
        type: "article",
        siteName: t.siteName,
        url: a.url,
        title: a.title,
        description: a.summary,
        locale: t.locale,
        alternateLocale: a.otherLanguages.map((o) => uiText(o.lang).locale),
        publishedTime: a.dateTime,
        section: a.topicLinks[0]?.label[a.lang],
        images: [image],
      },
      twitter: { card: "summary_large_image", title: a.title, description: a.summary, images: [image] },
    };
  },
  render: (_, { article }) => <ArticleView article={article} />,
};
