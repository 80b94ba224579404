/**
 * Reduces the byline the page printed to its reporters and roles with the rows of
 * byline-rules.ts ("[이데일리 김서연 기자]" -> "김서연 기자"). Every piece taken off is reported under
 * its row; a byline whose rest is not plainly names is kept as printed, with a note. An editor's
 * sidecar byline is the editor's wording and is left alone.
 */
import { normalizeByline } from "../byline-rules";
import { eachSource, type Source } from "../types";

/** The names the article's outlet goes by: "한국경제 (The Korea Economic Daily)" is both. */
function outletNames(source: Source): string[] {
  const values = [source.found.outlet?.value, source.sidecar?.outlet?.value, source.found.credit?.agency];
  return values.flatMap((v) => (v ? v.split(/\s*[(),]\s*/).filter((n) => n.trim() !== "") : []));
}

export function normalizeSourceByline(source: Source): void {
  const byline = source.found.byline;
  if (!byline) return;
  const result = normalizeByline(byline.value, outletNames(source));
  for (const d of result.dropped) source.report.push({ rule: d.rule, action: "removed", text: d.text });
  if (result.value !== byline.value) {
    source.found.byline = { ...byline, value: result.value };
    source.notes.push(`byline "${byline.value}" reads "${result.value}"`);
  } else if (result.keptAsPrinted !== undefined) {
    source.notes.push(`byline "${byline.value}" kept as printed: without its credit and address, "${result.keptAsPrinted}" is not plainly names and roles`);
  }
}

/**
 * The reporters' names printed again alone on a line (an author box after the story, "Yoon Seo-jin"):
 * the byline holds them, so the lines go, reported.
 */
export function dropAuthorBox(source: Source): void {
  const value = source.found.byline?.value;
  if (!value) return;
  const names = new Set(
    value
      .split(/\s+and\s+|\s*[,·&]\s*/u)
      .map((n) => n.replace(/\s*(?:기자|특파원)$/u, "").trim())
      .filter((n) => n.length >= 2),
  );
  source.blocks = source.blocks.filter((b) => {
    if (!names.has(b.text.trim())) return true;
    source.report.push({ rule: "author-box", action: "removed", text: b.text });
    return false;
  });
}

export const normalizeBylineStep = eachSource("normalize-byline", (source) => {
  normalizeSourceByline(source);
  dropAuthorBox(source);
});
