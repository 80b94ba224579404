import type { Metadata } from "next";
import { HomeList } from "@/components/HomeList";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default function HomePage() {
  return <HomeList page={1} />;
}
