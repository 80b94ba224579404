/** Score lists as the engine combines them: sorted ids merged linearly. */
import { describe, expect, it } from "vitest";
import { Scores, best, intersect, scaled } from "../../src/lib/search/scores";

const scores = (entries: [number, number][]) =>
  new Scores(
    entries.map(([id]) => id),
    entries.map(([, v]) => v),
  );
const entries = (s: Scores) => s.ids.map((id, i) => [id, s.values[i]]);

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
