import type { Metadata } from "next";
import { MonthList } from "@/components/ArchiveLists";
import { getArchiveYears } from "@/lib/articles";

type Props = { params: Promise<{ year: string; month: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArchiveYears().flatMap((y) => y.months.map((m) => ({ year: y.year, month: m.month })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, month } = await params;
  return { title: `${year}년 ${Number(month)}월 기사`, alternates: { canonical: `/archive/${year}/${month}/` } };
}

export default async function MonthPage({ params }: Props) {
  const { year, month } = await params;
  return <MonthList year={year} month={month} page={1} />;
}
