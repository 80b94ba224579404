/** The taxonomy loader shared with search: validated JSON, cross-checked ids, CONTENT_DIR honored. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contentDir, findTermOccurrences, loadGlossary, loadTopics } from "../../src/lib/taxonomy";
import { CONTENT } from "./helpers";

const copy = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "taxonomy-"));
  for (const f of ["topics.json", "glossary.json"]) cpSync(path.join(CONTENT, f), path.join(dir, f));
  return dir;
};
const saved = process.env.CONTENT_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
});

describe("taxonomy", () => {
  it("loads 5-8 topics, each with both labels and descriptions and known terms", () => {
    const topics = loadTopics(CONTENT);
    expect(topics.length).toBeGreaterThanOrEqual(5);
    expect(topics.length).toBeLessThanOrEqual(8);
    for (const t of topics) expect(t.label.ko && t.label.en && t.description.ko && t.description.en).toBeTruthy();
  });

  it("groups the names of one concept across languages and abbreviations", () => {
    const byId = new Map(loadGlossary(CONTENT).map((t) => [t.id, t]));
    expect(byId.get("mois")?.ko).toEqual(expect.arrayContaining(["행정안전부", "행안부"]));
    expect(byId.get("msit")?.ko).toEqual(expect.arrayContaining(["과학기술정보통신부", "과기정통부"]));
    expect([...(byId.get("aws")?.ko ?? []), ...(byId.get("aws")?.en ?? []), ...(byId.get("aws")?.abbr ?? [])]).toEqual(
      expect.arrayContaining(["AWS", "아마존웹서비스", "Amazon Web Services"]),
    );
    // One concept per row: the parent company is not its cloud arm.
    expect(byId.get("aws")?.ko).not.toContain("아마존");
    expect(byId.get("amazon")?.ko).toEqual(["아마존"]);
  });

  it("reads from CONTENT_DIR when it is set", () => {
    const dir = copy();
    const glossary = JSON.parse(readFileSync(path.join(dir, "glossary.json"), "utf8")) as { terms: unknown[] };
    glossary.terms.push({ id: "only-here", ko: ["여기만"] });
    writeFileSync(path.join(dir, "glossary.json"), JSON.stringify(glossary));
    process.env.CONTENT_DIR = dir;
    expect(contentDir()).toBe(dir);
    expect(loadGlossary().some((t) => t.id === "only-here")).toBe(true);
  });

  it("names the file and the problem for an invalid entry or an unknown term id", () => {
    const dir = copy();
    writeFileSync(path.join(dir, "glossary.json"), JSON.stringify({ terms: [{ id: "Bad Id", ko: ["x"] }] }));
    expect(() => loadGlossary(dir)).toThrow(/glossary\.json: invalid glossary: terms\.0\.id/);
    const dir2 = copy();
    const topics = JSON.parse(readFileSync(path.join(dir2, "topics.json"), "utf8")) as { topics: { terms: string[] }[] };
    topics.topics[0]?.terms.push("no-such-term");
    writeFileSync(path.join(dir2, "topics.json"), JSON.stringify(topics));
    expect(() => loadTopics(dir2)).toThrow(/topics\.json: topic "e-government" names unknown glossary term "no-such-term"/);
  });

  it("finds Korean forms inside words, English forms on word boundaries, abbreviations by case", () => {
    const term = { id: "ai", ko: ["인공지능"], en: ["artificial intelligence"], abbr: ["AI"] };
    expect(findTermOccurrences("인공지능을 쓰는 AI 서비스, Artificial Intelligence", term)).toEqual(["인공지능", "AI", "Artificial Intelligence"]);
    expect(findTermOccurrences("he said it was fair", term)).toEqual([]);
  });
});
