/**
 * Turns a digest into sections: each part runs up to the "원문 보기" line a rule marked, its
 * first line becomes a `##` heading, and the part's date and link go to frontmatter `sections`.
 * A dash-wrapped line right under the heading ("- 부제 -") is the part's sub-headline: it goes to
 * the section's `deck`, without the dashes.
 */
import { eachSource, type Block, type Source } from "../types";

/** "- 2018년‘…’ 선정-", "-‘…’ 개최 -": a short line wrapped in dashes; group 1 is the text inside. */
const SECTION_DECK = /^[-–—]\s*(\S(?:.{0,148}\S)?)\s*[-–—]$/;

export function splitSections(source: Source): void {
  for (const version of source.versions) {
    if (!version.blocks.some((b) => b.sectionLink)) continue;
    const out: Block[] = [];
    let part: Block[] = [];
    for (const block of version.blocks) {
      if (!block.sectionLink) {
        part.push(block);
        continue;
      }
      const link = block.sectionLink;
      const [head, ...body] = part;
      let rest = body;
      if (!head) {
        source.warnings.push(`a "원문 보기" link (${link.url}) closes an empty part; kept only in originalUrls`);
      } else {
        let title = head.text;
        // The first release's heading carries its date glued on ("7월 2일지자체 클라우드, ...").
        const [, month, day] = link.date.split("-").map(Number);
        const datePrefix = new RegExp(`^${month}월\\s*${day}일\\s*`);
        const prefix = title.match(datePrefix)?.[0];
        if (prefix && title.length > prefix.length) {
          title = title.slice(prefix.length);
          source.report.push({ rule: "section-date-prefix", action: "moved", to: `sections[${version.sections.length}].published`, text: prefix.trim() });
        }
        const sub = rest[0];
        const deck = sub?.kind === "paragraph" && rest.length > 1 ? SECTION_DECK.exec(sub.text)?.[1] : undefined;
        if (sub && deck !== undefined) {
          rest = rest.slice(1);
          source.report.push({ rule: "section-deck", action: "moved", to: `sections[${version.sections.length}].deck`, text: sub.text });
        }
        const n = version.sections.length + 1;
        version.sections.push({
          title,
          anchor: `section-${n}`,
          published: { value: link.date, precision: "day", origin: "stated", sourceText: link.sourceText, note: `Stated in the part's "원문 보기" line.` },
          url: link.url,
          ...(deck !== undefined ? { deck } : {}),
        });
        out.push({ ...head, kind: "heading", text: title }, ...rest);
      }
      part = [];
    }
    if (part.length > 0) {
      source.warnings.push(`${part.length} block(s) after the last "원문 보기" line kept at the end of the body, outside any section`);
      out.push(...part);
    }
    version.blocks = out;
  }
}

export const splitSectionsStep = eachSource("split-sections", splitSections);
