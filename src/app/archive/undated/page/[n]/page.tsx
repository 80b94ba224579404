import type { Metadata } from "next";
import { UndatedList, undatedPageParams } from "@/components/ArchiveLists";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

// Page 1 is written here too (canonical: /archive/undated/), so the route always has pages.
export function generateStaticParams() {
  return undatedPageParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params;
  return { title: `날짜 미상 기사 ${n}쪽`, alternates: { canonical: n === "1" ? "/archive/undated/" : `/archive/undated/page/${n}/` } };
}

export default async function UndatedPageN({ params }: Props) {
  return <UndatedList page={Number((await params).n)} />;
}
