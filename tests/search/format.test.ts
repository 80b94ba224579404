/** Index format 7: shards and posting files are FlexSearch exports whose scoring slots carry the BM25F impacts. */
import { Index } from "flexsearch";
import { describe, expect, it } from "vitest";
import { IMPACT_SCALE, SearchIndexError, parseTermFile, readPostings, writeTermFile, type Posting } from "../../src/lib/search/format";
import { flexOptions } from "../../src/lib/search/flex";

const terms = new Map<string, Posting[] | number>([
  [
    "클라우드",
    [
      { id: 0, impact: 40 },
      { id: 3, impact: IMPACT_SCALE },
      { id: 7, impact: 1 },
    ],
  ],
  ["~센터", [{ id: 3, impact: 12 }]],
  ["ㅋㄹㅇㄷ", [{ id: 0, impact: 40 }]],
  ["정부", 5],
]);

describe("shard and posting files", () => {
  const text = writeTermFile(terms);

  it("are FlexSearch's own export: its Index imports the term map, best impact in slot 0", () => {
    const index = new Index(flexOptions);
    for (const line of text.split("\n")) {
      const [key, data] = line.split("\t");
      if (key?.endsWith("map") && data) index.import(key, data);
    }
    const slots = index.search("클라우드", { resolve: false }).result;
    expect(slots[0]).toEqual([3]);
    expect(slots[IMPACT_SCALE - 40]).toEqual([0]);
    expect(slots[IMPACT_SCALE - 1]).toEqual([7]);
  });

  it("give back every posting with its impact, and list words kept in posting files", () => {
    const file = parseTermFile(text, "s0.test.txt");
    expect([...readPostings(file, "클라우드")].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 40],
      [3, IMPACT_SCALE],
      [7, 1],
    ]);
    expect([...readPostings(file, "~센터")]).toEqual([[3, 12]]);
    expect(file.words).toEqual(["정부", "클라우드"]);
    expect(file.infixes).toEqual(["~센터"]);
    expect(file.choseong).toEqual(["ㅋㄹㅇㄷ"]);
    expect(file.external).toEqual(new Map([["정부", 5]]));
    expect(readPostings(file, "정부").size).toBe(0);
    expect(readPostings(file, "없는말").size).toBe(0);
  });

  it("are refused when truncated or when the highest impacts do not match the terms", () => {
    expect(() => parseTermFile(text.slice(0, text.length - 3), "s0.test.txt")).toThrow(SearchIndexError);
    const lines = text.split("\n");
    const broken = lines.map((l) => (l.startsWith("top\t") ? "top\t[1]" : l)).join("\n");
    expect(() => parseTermFile(broken, "s0.test.txt")).toThrow(/highest impacts/u);
  });

  it("carry the English words their lookups take as meant, sorted, and refuse a list that is not words", () => {
    const withWords = writeTermFile(terms, ["never", "could"]);
    expect(parseTermFile(withWords, "s0.test.txt").realWords).toEqual(["could", "never"]);
    expect(parseTermFile(text, "s0.test.txt").realWords).toEqual([]);
    const broken = withWords.replace('real\t["could","never"]', "real\t[1,2]");
    expect(() => parseTermFile(broken, "s0.test.txt")).toThrow(/English words/u);
  });
});
