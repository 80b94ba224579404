/**
 * Moves article facts printed as lines of the page (byline, publication stamp, sub-headline,
 * a digest's "원문 보기" links) out of the body into frontmatter, with the `byline`, `date`,
 * `deck` and `section-link` rows of boilerplate-rules.ts. Moved, never dropped: each is reported.
 */
import { rulesFor, type BoilerplateRule } from "../boilerplate-rules";
import { eachSource, type Block, type Source } from "../types";

const MOVING = new Set(["byline", "date", "deck", "section-link"]);
const pad = (s: string | undefined) => (s ?? "").padStart(2, "0");

export function extractMetadata(source: Source, rules: BoilerplateRule[]): void {
  const active = rules.filter((r) => MOVING.has(r.action));
  const kept: Block[] = [];
  for (const block of source.blocks) {
    let rule: BoilerplateRule | undefined;
    let match: RegExpExecArray | null = null;
    for (const r of active) {
      match = r.pattern.exec(block.text);
      if (match) {
        rule = r;
        break;
      }
    }
    const g = match?.groups ?? {};
    const where = block.line > 0 ? `line ${block.line} of the source` : "the source text";
    switch (rule?.action) {
      case "byline": {
        const value = (g.text ?? block.text).trim();
        if (source.found.byline && source.found.byline.value !== value) {
          source.warnings.push(`a second byline "${value}" differs from "${source.found.byline.value}"; the first is kept`);
        }
        source.found.byline ??= { value, origin: "stated", from: where };
        source.report.push({ rule: rule.id, action: "moved", to: "byline", text: block.text });
        continue;
      }
      case "date": {
        const value = `${g.y}-${pad(g.m)}-${pad(g.d)}`;
        const time = g.hh && g.mi ? `${pad(g.hh)}:${pad(g.mi)}` : undefined;
        source.found.published ??= { value, precision: "day", origin: "stated", ...(time ? { time } : {}), note: `Stated in the source: "${block.text}".` };
        source.report.push({ rule: rule.id, action: "moved", to: "published", text: block.text });
        continue;
      }
      case "deck": {
        source.found.deck.push((g.text ?? block.text).trim());
        source.report.push({ rule: rule.id, action: "moved", to: "deck", text: block.text });
        continue;
      }
      case "section-link": {
        const date = `${g.y}-${pad(g.m)}-${pad(g.d)}`;
        const sourceText = block.text.replace(/^\(\s*/, "").replace(/\s*원문\s*보기.*$/, "");
        kept.push({ ...block, sectionLink: { url: g.url ?? "", date, sourceText } });
        source.report.push({ rule: rule.id, action: "moved", to: "sections (date and url)", text: block.text });
        continue;
      }
      default:
        kept.push(block);
    }
  }
  source.blocks = kept;
}

export const extractMetadataStep = eachSource("extract-metadata", (source) => extractMetadata(source, rulesFor(source.outletKey)));
