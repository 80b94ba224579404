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
import { getAllArticles, getArticleBySlug } from "@/lib/articles";
import { paths } from "@/lib/paths";
import { shellMetadata } from "./shell";

type Props = { params: Promise<{ slug: string }> };

const articleOf = async (params: Props["params"]) => getArticleBySlug((await params).slug) ?? notFound();

export const articleParams = () => getAllArticles().map((a) => ({ slug: a.slug }));

/** The document around an article: the interface of its language; the switch leads to its translation, or the other language's home. */
export async function ArticleLayout({ params, children }: Props & { children: ReactNode }) {
  const a = await articleOf(params);
  const other = a.otherLanguages[0];
  return (
    <SiteShell lang={a.lang} switchTo={other ? other.url : paths.home(a.lang === "ko" ? "en" : "ko")}>
      {children}
    </SiteShell>
  );
}

export async function articleLayoutMetadata({ params }: Props): Promise<Metadata> {
  return shellMetadata((await articleOf(params)).lang);
}

export async function articleMetadata({ params }: Props): Promise<Metadata> {
  const a = await articleOf(params);
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
}

export async function ArticlePage({ params }: Props) {
  return <ArticleView article={await articleOf(params)} />;
}
