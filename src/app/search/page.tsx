import type { Metadata } from "next";
import { SearchPage } from "@/components/search/SearchPage";

export const metadata: Metadata = {
  title: "검색",
  description: "기사 제목·본문·주제를 한국어와 영어로 찾습니다. 조사, 붙여 쓴 복합어, 초성(ㄴㅇㅂ), 한/영 전환을 잊은 입력도 찾아 줍니다.",
  alternates: { canonical: "/search/" },
};

export default function Search() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">기사 검색</h1>
      <noscript>
        <p className="rounded-md border border-line bg-panel p-4">
          검색은 자바스크립트가 필요합니다. 자바스크립트 없이도 <a href="/archive/">날짜별</a>, <a href="/topics/">주제별</a> 목록에서 모든 기사를 읽을 수
          있습니다.
        </p>
      </noscript>
      <SearchPage />
    </div>
  );
}
