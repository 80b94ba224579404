/**
 * Article scores as the engine (./engine.ts) combines them: ids in ascending order, each with its
 * score, in two plain arrays. A frequent word finds thousands of articles, and a query combines
 * many such lists (a word's forms, its names in other languages, its clauses); over sorted arrays
 * each combination is one linear merge, with no hashing per article. Plain arrays, not typed ones:
 * browsers allocate and read small typed arrays several times slower than Node does, and a query
 * makes dozens of these. The arrays are never written once a Scores holds them, so results and
 * postings share them freely.
 */

export class Scores {
  constructor(
    /** Article ids, ascending, each once. */
    readonly ids: readonly number[],
    /** The score of the article at the same place in `ids`. */
    readonly values: readonly number[],
  ) {}

  /** Nothing found. */
  static readonly none = new Scores([], []);

  /** How many articles have a score. */
  get size(): number {
    return this.ids.length;
  }
}

/** The articles in both, each with the sum of its two scores. */
export function intersect(a: Scores, b: Scores): Scores {
  const ids: number[] = [];
  const values: number[] = [];
  for (let i = 0, j = 0; i < a.size && j < b.size;) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      ids.push(x);
      values.push((a.values[i++] as number) + (b.values[j++] as number));
    }
  }
  return new Scores(ids, values);
}

/** The articles in either, each with the higher of its scores. */
export function best(a: Scores, b: Scores): Scores {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  const ids: number[] = [];
  const values: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.size && j < b.size) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x < y) {
      ids.push(x);
      values.push(a.values[i++] as number);
    } else if (y < x) {
      ids.push(y);
      values.push(b.values[j++] as number);
    } else {
      ids.push(x);
      values.push(Math.max(a.values[i++] as number, b.values[j++] as number));
    }
  }
  for (; i < a.size; i++) {
    ids.push(a.ids[i] as number);
    values.push(a.values[i] as number);
  }
  for (; j < b.size; j++) {
    ids.push(b.ids[j] as number);
    values.push(b.values[j] as number);
  }
  return new Scores(ids, values);
}

/**
 * Every score as `score / divisor * weight * bonus`, rounded in that order, for the same articles.
 * A combination of several words' scores is their mean times the combination's weight and bonus.
 */
export function scaled(s: Scores, divisor: number, weight: number, bonus = 1): Scores {
  const values = new Array<number>(s.size);
  for (let i = 0; i < s.size; i++) values[i] = ((s.values[i] as number) / divisor) * weight * bonus;
  return new Scores(s.ids, values);
}
