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

/** The articles of `a` that are not in `b`, with their scores in `a`. */
export function without(a: Scores, b: Scores): Scores {
  if (a.size === 0 || b.size === 0) return a;
  const ids: number[] = [];
  const values: number[] = [];
  for (let i = 0, j = 0; i < a.size; i++) {
    const x = a.ids[i] as number;
    while (j < b.size && (b.ids[j] as number) < x) j++;
    if (b.ids[j] === x) continue;
    ids.push(x);
    values.push(a.values[i] as number);
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

/** Which 32-bit half of a double holds its sign, exponent and first mantissa bits on this platform. */
const HIGH_WORD = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000 ? 1 : 0;

/**
 * The places in `s` of its articles, best score first and, among equal scores, lowest id first.
 * A frequent word finds thousands of articles with a few hundred distinct scores, and sorting them
 * with a comparator cost more than scoring them, so they are sorted as numbers: each article's key
 * is a double made of the high half of its score's bits (a positive double's bits order as its
 * value does) and its place, complemented, as the low half. The native sort orders the keys; only
 * scores that share their high half and differ below it (within a millionth of each other) are
 * then put in order with a comparator.
 */
export function ranked(s: Scores): number[] {
  const n = s.size;
  const values = s.values;
  // Zero, negative and not-a-number scores do not order by their bits: none is made, but if one were, a comparator sorts them all.
  for (let i = 0; i < n; i++) if (!((values[i] as number) > 0 && (values[i] as number) < Infinity)) return rankedByComparator(s);
  const keys = Float64Array.from(values);
  const halves = new Uint32Array(keys.buffer);
  for (let i = 0; i < n; i++) halves[2 * i + 1 - HIGH_WORD] = 0xffffffff - i;
  keys.sort();
  // Ascending keys read from the end: high halves descending, places ascending among equal ones.
  const places: number[] = [];
  for (let k = n - 1; k >= 0; k--) places.push(0xffffffff - (halves[2 * k + 1 - HIGH_WORD] as number));
  for (let from = 0; from < n;) {
    const high = halves[2 * (n - 1 - from) + HIGH_WORD];
    let to = from + 1;
    let ordered = true;
    for (; to < n && halves[2 * (n - 1 - to) + HIGH_WORD] === high; to++) {
      if ((values[places[to] as number] as number) > (values[places[to - 1] as number] as number)) ordered = false;
    }
    if (!ordered) {
      const run = places.slice(from, to).sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
      for (let k = 0; k < run.length; k++) places[from + k] = run[k] as number;
    }
    from = to;
  }
  return places;
}

function rankedByComparator(s: Scores): number[] {
  const places: number[] = [];
  for (let i = 0; i < s.size; i++) places.push(i);
  return places.sort((a, b) => (s.values[b] as number) - (s.values[a] as number) || a - b);
}
