/** The general recognizers: date stamps, bylines, dateline credits and outlet signatures, in the forms Korean and English news use. */
import { describe, expect, it } from "vitest";
import { leadCredit, outletFromCopyright, outletFromDomain, outletNameIn, parseByline, parseDateStamp } from "../../scripts/ingest/recognizers";

describe("date stamps", () => {
  const first = (t: string) => parseDateStamp(t)?.find((d) => d.kind === "published");
  it.each([
    ["송고시간2024-03-15 14:20", "2024-03-15", "14:20"],
    ["2024/03/15 14:20 송고", "2024-03-15", "14:20"],
    ["입력 2024.03.15. 오후 2:20", "2024-03-15", "14:20"],
    ["입력 2024.03.15. 오전 12:05", "2024-03-15", "00:05"],
    ["기사입력 2024-05-08 15:40 | 최종수정 2024-05-08 16:12", "2024-05-08", "15:40"],
    ["등록 2024.04.02 10:05:12수정 2024.04.02 11:30:47", "2024-04-02", "10:05"],
    ["입력 2024.06.04 (21:17)", "2024-06-04", "21:17"],
    ["입력 2024년 5월 21일 10시 30분", "2024-05-21", "10:30"],
    ["Published : Mar. 15, 2024 - 15:02", "2024-03-15", "15:02"],
    ["Published: 23 Oct. 2024, 17:31", "2024-10-23", "17:31"],
    ["June 3, 2025 · 3:27 PM", "2025-06-03", "15:27"],
    ["Posted : 2024-12-03 16:45 | Updated : 2024-12-04 09:12", "2024-12-03", "16:45"],
    ["2024-05-21T01:30:00Z", "2024-05-21", "10:30"],
    ["2024.09.24 행정안전부", "2024-09-24", undefined],
    ["Jul 2, 2025 (GMT+09:00)", "2025-07-02", undefined],
  ])("%s", (text, value, time) => {
    expect(first(text)).toEqual({ value, ...(time ? { time } : {}), kind: "published" });
  });
  it("knows a modification stamp from a publication stamp", () => {
    expect(parseDateStamp("Updated : Mar. 15, 2024 - 18:47")).toEqual([{ value: "2024-03-15", time: "18:47", kind: "modified" }]);
    expect(parseDateStamp("수정 2025-02-28 09:10")?.[0]?.kind).toBe("modified");
    // Wire services print the time before the date.
    expect(parseDateStamp("15:21 October 02, 2025")).toEqual([{ value: "2025-10-02", time: "15:21", kind: "published" }]);
    // A two-digit year, and a bar some pages print as the letter l.
    expect(parseDateStamp("25.09.03 16:21l최종 업데이트 25.09.03 18:40l")).toEqual([
      { value: "2025-09-03", time: "16:21", kind: "published" },
      { value: "2025-09-03", time: "18:40", kind: "modified" },
    ]);
    expect(parseDateStamp("99.07.09")?.[0]?.value).toBe("1999-07-09");
    expect(parseDateStamp("게재 일자 : 2025년 10월 21일(火)")).toEqual([{ value: "2025-10-21", kind: "published" }]);
  });
  it("reads a label with 일, 일자 or 일시 after it, and knows the print edition's date from the publication", () => {
    expect(parseDateStamp("발행일 : 2024-03-14 17:05")).toEqual([{ value: "2024-03-14", time: "17:05", kind: "published" }]);
    expect(parseDateStamp("등록일자 2023.11.02 09:41 | 수정일자 2023.11.02 10:03")?.map((d) => d.kind)).toEqual(["published", "modified"]);
    expect(parseDateStamp("지면 : 2024-03-15 6면")).toEqual([{ value: "2024-03-15", kind: "print" }]);
    expect(parseDateStamp("Published on Mar. 15, 2024")?.[0]?.kind).toBe("published");
  });
  it("never takes a sentence, an impossible date or a bare day for a stamp", () => {
    for (const text of ["행안부는 2024.03.15 발표했다.", "입력 2024.02.30 10:00", "15일", "2024년 예산은 3천억원이다", "입력"])
      expect(parseDateStamp(text), text).toBeUndefined();
  });
});

describe("bylines and credits", () => {
  it.each([
    ["오세린기자", "오세린"],
    ["박소연 기자 sypark@hani.co.kr", "박소연"],
    ["정세린 기자(serin@zdnet.co.kr)", "정세린"],
    ["By Park Seo-yeon", "Park Seo-yeon"],
    ["BY LEE JI-HOON [lee.jihoon@joongang.co.kr]", "LEE JI-HOON"],
    ["Lee Ha-eun, Reporter", "Lee Ha-eun"],
    ["(Yonhap)", "Yonhap"],
    ["세종 오현석 기자", "오현석"],
    ["최지원·박태준 기자", "최지원·박태준"],
    ["최지원 기자, 박태준 기자 jwchoi@example.com", "최지원 기자, 박태준"],
    ["By Kim Min-ji and Lee Ha-eun", "Kim Min-ji and Lee Ha-eun"],
    ["[권태윤 기자(tykwon@example.com)]", "권태윤"],
    ["[가상경제] 한도윤 기자", "한도윤"],
    ["글·사진=김도윤 기자", "김도윤"],
    ["정리=윤세아 기자 seah@example.com", "윤세아"],
    ["Written by Choi Ha-young", "Choi Ha-young"],
    ["Reporter Kim Min-ji", "Kim Min-ji"],
    ["세종= 한도윤 기자", "한도윤"],
    ["한도윤 기자 구독", "한도윤"],
    ["글·사진 한도윤 기자", "한도윤"],
    ["최지원/박태준 기자 jw@example.com", "최지원/박태준"],
    ["Min-seo Park minseo@example.com", "Min-seo Park"],
    ["Park Ji-hoon, jihoon@example.com", "Park Ji-hoon"],
    ["Lee Ha-eun (haeun@example.com) | Choi Jae-won (jw@example.com)", "Lee Ha-eun (haeun@example.com) | Choi Jae-won (jw@example.com)"],
    ["/윤세아 기자(seah@example.com)", "윤세아"],
    ["— 한도윤 기자", "한도윤"],
    ["Kim Min-ji, Acme News.", "Kim Min-ji"],
    ["글: 윤세아(seah)사진: 윤세아(seah)", "윤세아"],
  ])("%s", (text, name) => expect(parseByline(text)?.name).toBe(name));
  it("leaves sentences alone", () => {
    expect(parseByline("행안부 기자단은 이날 현장을 찾았다.")).toBeUndefined();
    expect(parseByline("By the end of the year the ministry will finish.")).toBeUndefined();
    expect(parseByline("[사진] 행안부 청사 전경")).toBeUndefined();
  });
  it("takes a dateline credit off the lead, and only off the lead's prose", () => {
    expect(leadCredit("(세종=연합뉴스) 오세린 기자 = 정부가 2026년까지 1조1천억원을 들여 정보시스템 1천520개를 클라우드로 바꾼다.")).toEqual({
      credit: "(세종=연합뉴스) 오세린 기자",
      rest: "정부가 2026년까지 1조1천억원을 들여 정보시스템 1천520개를 클라우드로 바꾼다.",
    });
    expect(leadCredit("SEOUL, March 15 (Yonhap) -- The government will move 1,520 public systems to the cloud by 2026.")?.credit).toBe(
      "SEOUL, March 15 (Yonhap)",
    );
    expect(leadCredit("[대전=뉴시스] 조달청 전경. (사진=조달청 제공) photo@newsis.com")).toBeUndefined();
    expect(leadCredit("[가상경제=한도윤·정하람 기자] 행정안전부가 전국 지자체 정보시스템 1,216개를 점검한 결과를 11일 발표했다.")?.credit).toBe(
      "[가상경제=한도윤·정하람 기자]",
    );
    expect(leadCredit("[보안뉴스 권태윤 기자] 행정안전부가 전국 지자체 정보시스템 1,216개를 점검한 결과를 11일 발표했다.")?.credit).toBe(
      "[보안뉴스 권태윤 기자]",
    );
  });
});

describe("outlet signatures", () => {
  it.each([
    ["<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "연합뉴스"],
    ["ⓒ 한겨레신문사 : 무단전재 및 재배포 금지", "한겨레"],
    ["Copyright ⓒ 뉴스1. All rights reserved.", "뉴스1"],
    ["Copyright(c) Since 1996, MBC&iMBC All rights reserved.", "MBC"],
    ["Copyright © 2024 Korea JoongAng Daily. All rights reserved.", "Korea JoongAng Daily"],
    ["Copyright © koreatimes.co.kr. All rights reserved.", "The Korea Times"],
    ["저작권자 © 동네소식일보 무단전재 및 재배포 금지", "동네소식일보"],
    ["Copyright © 가상신문(www.gasang.example) 무단전재 및 재배포 금지", "가상신문"],
    ["Copyright © '우리 동네 첫 소식' 가상신문. All rights reserved.", "가상신문"],
    // The name ends where the notice's own words begin, whatever separates them.
    ["Copyright ⓒ Hankookilbo 신문 콘텐츠 저작권 보호 무단 전재·재배포 금지", "한국일보"],
    ["Copyright ⓒ 가상일보 신문 콘텐츠 저작권 보호 무단 전재·재배포 금지", "가상일보"],
    ["ⓒ 매일경제 & mk.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지", "매일경제"],
    ["ⓒ 가상경제 & gasang.example 무단전재 배포금지", "가상경제"],
    ["<저작권자 © 디지털타임스, 무단 전재 및 재배포 금지>", "디지털타임스"],
    ["저작권자 ⓒ 헤럴드경제 무단전재 및 재배포 금지", "헤럴드경제"],
    ["<저작권자: 보안뉴스(www.boannews.com) 무단전재-재배포금지>", "보안뉴스"],
    ["Copyrightⓒ 가상타임스 저작권 보호", "가상타임스"],
    ["Copyright © The Korea Herald. All rights reserved.", "The Korea Herald"],
    ["Copyright © Gasang Daily All rights reserved.", "Gasang Daily"],
    ["Copyright © Gasang Daily Unauthorized reproduction and redistribution prohibited.", "Gasang Daily"],
    ["Copyright by dongA.com All rights reserved.", "동아일보"],
    // A known outlet under its company's name.
    ["COPYRIGHT © YTN Co., Ltd. ALL RIGHTS RESERVED.", "YTN"],
    ["ⓒ (주)노컷뉴스 무단전재 및 재배포 금지", "노컷뉴스"],
    ["Copyright © Electronic Times Internet. All Rights Reserved.", "전자신문"],
    // No © before the name: the name and the notice alone.
    ["전자신문 & 전자신문인터넷, 무단전재 및 재배포 금지", "전자신문"],
  ])("%s", (text, name) => expect(outletFromCopyright(text)?.name).toBe(name));
  it("reads no outlet from a notice that names none", () => {
    expect(outletFromCopyright("Copyright ⓒ 무단 전재 및 재배포 금지")).toBeUndefined();
    expect(outletFromCopyright("저작권자는 이 기사의 재배포를 허락하지 않았다.")).toBeUndefined();
  });
  it("knows outlets by address and e-mail domain", () => {
    expect(outletFromDomain("www.korea.kr")?.name).toBe("대한민국 정책브리핑");
    expect(outletFromDomain("seri@yna.co.kr")?.name).toBe("연합뉴스");
    expect(outletFromDomain("someone@example.com")).toBeUndefined();
  });
  it("names a known outlet by its English edition's name on an English page, and leaves others as signed", () => {
    expect(outletNameIn("동아일보", "en")).toBe("The Dong-A Ilbo");
    expect(outletNameIn("동아일보", "ko")).toBe("동아일보");
    expect(outletNameIn("Gasang Daily", "en")).toBe("Gasang Daily");
  });
});
