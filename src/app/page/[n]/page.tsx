import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeList, homePageCount } from "@/components/HomeList";

type Props = { params: Promise<{ n: string }> };

export const dynamicParams = false;

// Page 1 is also written here (canonical "/") so the route exists even while the archive fits on one page.
export function generateStaticParams() {
  return Array.from({ length: homePageCount() }, (_, i) => ({ n: String(i + 1) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params;
  const canonical = n === "1" ? "/" : `/page/${n}/`;
  return { title: `최신 기사 ${n}쪽`, alternates: { canonical } };
}

export default async function HomePageN({ params }: Props) {
  const page = Number((await params).n);
  if (!Number.isInteger(page) || page < 1 || page > homePageCount()) notFound();
  return <HomeList page={page} />;
}
