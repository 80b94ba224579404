import type { Metadata } from "next";
import { TopicList } from "@/components/TopicList";
import { getTopic, getTopics } from "@/lib/articles";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTopics().map((t) => ({ id: t.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = getTopic((await params).id);
  if (!topic) return {};
  return { title: `${topic.label.ko} 기사`, description: topic.description.ko, alternates: { canonical: topic.url } };
}

export default async function TopicPage({ params }: Props) {
  return <TopicList id={(await params).id} page={1} />;
}
