import type { Metadata } from "next";
import { UndatedList } from "@/components/ArchiveLists";

export const metadata: Metadata = { title: "날짜 미상 기사", alternates: { canonical: "/archive/undated/" } };

export default function UndatedPage() {
  return <UndatedList page={1} />;
}
