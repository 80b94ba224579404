import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicList, topicPageParams } from "@/components/TopicList";
import { getTopic } from "@/lib/articles";

type Props = { params: Promise<{ id: string; n: string }> };

export const dynamicParams = false;

// Page 1 is written here too (canonical: the topic's own URL), so the route always has pages.
export function generateStaticParams() {
  return topicPageParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const topic = getTopic(id);
  if (!topic) return {};
  return { title: `${topic.label.ko} 기사 ${n}쪽`, alternates: { canonical: n === "1" ? topic.url : `${topic.url}page/${n}/` } };
}

export default async function TopicPageN({ params }: Props) {
  const { id, n } = await params;
  const page = Number(n);
  if (!Number.isInteger(page) || page < 1) notFound();
  return <TopicList id={id} page={page} />;
}
