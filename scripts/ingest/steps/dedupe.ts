/**
 * Removes blocks that repeat an earlier block word for word (scrapes that captured a body or
 * its sub-headings twice). Each removal is reported under "dedupe".
 */
import { eachSource, type Source } from "../types";

export function dedupe(source: Source): void {
  const seen = new Set<string>();
  source.blocks = source.blocks.filter((block) => {
    const key = block.text;
    if (!seen.has(key)) {
      seen.add(key);
      return true;
    }
    source.report.push({ rule: "dedupe", action: "removed", text: block.text });
    return false;
  });
}

export const dedupeStep = eachSource("dedupe", dedupe);
