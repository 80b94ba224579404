import type { Metadata } from "next";
import { MonthList, monthPageParams } from "@/components/ArchiveLists";

type Props = { params: Promise<{ year: string; month: string; n: string }> };

export const dynamicParams = false;

// Page 1 is written here too (canonical: the month's own URL), so the route always has pages.
export function generateStaticParams() {
  return monthPageParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month, n } = await params;
  const base = `/archive/${year}/${month}/`;
  return { title: `${year}년 ${Number(month)}월 기사 ${n}쪽`, alternates: { canonical: n === "1" ? base : `${base}page/${n}/` } };
}

export default async function MonthPageN({ params }: Props) {
  const { year, month, n } = await params;
  return <MonthList year={year} month={month} page={Number(n)} />;
}
