import { notFound } from "next/navigation";
import { ArticleList } from "@/components/ArticleList";
import { Pagination } from "@/components/Pagination";
import { TopicChips } from "@/components/TopicChips";
import { site } from "@/config/site";
import { getArticlesByTopic, getTopic, getTopics, paginate } from "@/lib/articles";

/** Route params for every page of every topic, page 1 included. */
export const topicPageParams = () =>
  getTopics().flatMap((t) => paginate(getArticlesByTopic(t.id), site.pageSize).map((_, i) => ({ id: t.id, n: String(i + 1) })));

/** One page of a topic's articles, newest first. */
export function TopicList({ id, page }: { id: string; page: number }) {
  const topic = getTopic(id);
  if (!topic) notFound();
  const pages = paginate(getArticlesByTopic(id), site.pageSize);
  const items = pages[page - 1];
  if (!items) notFound();
  return (
    <>
      <nav aria-label="위치" className="text-sm">
        <a href="/topics/">주제별 기사</a> › <span aria-current="page">{topic.label.ko}</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {topic.label.ko}{" "}
        <span lang="en" className="text-lg font-normal text-muted">
          {topic.label.en}
        </span>
        {page > 1 ? <span className="text-lg font-normal"> ({page}쪽)</span> : null}
      </h1>
      <p className="mt-2">{topic.description.ko}</p>
      <p className="mt-1 text-sm text-muted">기사 {topic.count}건</p>
      <div className="mt-4">
        <TopicChips current={id} />
      </div>
      <ArticleList articles={items} />
      <Pagination base={topic.url} page={page} pages={pages.length} />
    </>
  );
}
