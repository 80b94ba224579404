/** Score lists as the engine combines them: sorted ids merged linearly, hits ranked best first. */
import { describe, expect, it } from "vitest";
import { Scores, best, intersect, ranked, scaled } from "../../src/lib/search/scores";

const scores = (entries: [number, number][]) =>
  new Scores(
    entries.map(([id]) => id),
    entries.map(([, v]) => v),
  );
const entries = (s: Scores) => s.ids.map((id, i) => [id, s.values[i]]);

/** The order search results always had: best score first, lower id first among equals. */
const byComparator = (s: Scores) => s.ids.map((_, i) => i).sort((a, b) => (s.values[b] as number) - (s.values[a] as number) || a - b);

describe("combining scores", () => {
  const a = scores([
    [1, 0.5],
    [4, 1],
    [9, 2],
  ]);
  const b = scores([
    [0, 3],
    [4, 2],
    [9, 1],
    [12, 1],
  ]);

  it("keeps the articles in both, with summed scores", () => {
    expect(entries(intersect(a, b))).toEqual([
      [4, 3],
      [9, 3],
    ]);
    expect(intersect(a, Scores.none).size).toBe(0);
  });

  it("keeps the articles in either, with the higher score", () => {
    expect(entries(best(a, b))).toEqual([
      [0, 3],
      [1, 0.5],
      [4, 2],
      [9, 2],
      [12, 1],
    ]);
    expect(best(Scores.none, b)).toBe(b);
  });

  it("scales in the order the score is divided, weighted and given its bonus", () => {
    expect(entries(scaled(scores([[2, 0.3]]), 3, 0.7, 1.2))).toEqual([[2, (0.3 / 3) * 0.7 * 1.2]]);
  });
});

describe("ranking hits", () => {
  it("puts the best score first and, among equal scores, the lower id first", () => {
    const s = scores([
      [0, 1],
      [1, 2],
      [2, 1],
      [3, 3],
      [4, 2],
    ]);
    expect(ranked(s).map((i) => s.ids[i])).toEqual([3, 1, 4, 0, 2]);
  });

  it("orders scores that differ only in their last bits", () => {
    // The same high 32 bits, different low bits: ordered exactly, not as equal.
    const near = [1, 1 + 2 ** -50, 1 + 2 ** -40, 1 + 2 ** -45, 1 + 2 ** -50, 1];
    const s = scores(near.map((v, id) => [id, v]));
    expect(ranked(s)).toEqual(byComparator(s));
    expect(ranked(s).map((i) => s.ids[i])).toEqual([2, 3, 1, 4, 0, 5]);
  });

  it("ranks thousands of hits with many ties as a comparator sort does", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const levels = Array.from({ length: 300 }, () => next() * 5);
    const s = scores(Array.from({ length: 5000 }, (_, id) => [id * 2, levels[Math.floor(next() * levels.length)] as number]));
    expect(ranked(s)).toEqual(byComparator(s));
  });

  it("ranks zero scores too", () => {
    const s = scores([
      [0, 0],
      [1, 2],
      [2, 0],
      [3, 1e-320],
    ]);
    expect(ranked(s)).toEqual(byComparator(s));
    expect(ranked(Scores.none)).toEqual([]);
  });
});
