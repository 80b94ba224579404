/**
 * Moves article facts printed as lines of the page (byline, publication stamp, sub-headline,
 * a digest's "원문 보기" links) out of the body into frontmatter, with the `byline`, `date`,
 * `deck` and `section-link` rows of boilerplate-rules.ts. Moved, never dropped: each is reported.
 */
import { rulesFor, type BoilerplateRule } from "../boilerplate-rules";
import { normalizeByline } from "../byline-rules";
import {
  isEmailLine,
  leadCredit,
  outletFromCopyright,
  outletFromCredit,
  outletFromDomain,
  parseByline,
  parseDateStamp,
  statedPublication,
} from "../recognizers";
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
        const first = source.found.byline?.value;
        // "김서연 기자 seoyeon@…" after "[이데일리 김서연 기자]" names the same reporter: a repeat, not a second byline.
        if (first !== undefined && first !== value) {
          if (normalizeByline(first).value !== normalizeByline(value).value) {
            source.warnings.push(`a second byline "${value}" differs from "${first}"; the first is kept`);
          } else source.notes.push(`a second byline "${value}" names the same reporter as "${first}"; the first is kept`);
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
        if (!recognize(source, block, where)) kept.push(block);
    }
  }
  source.blocks = kept;
  source.found.outlet ??= outletOf(source);
}

/**
 * The outlet's own signature: its copyright line (one naming a known outlet first: a page may
 * sign "<저작권자ⓒ 공감언론 뉴시스통신사 …>" and "Copyright © NEWSIS.COM" both), else a known
 * outlet's web address or e-mail domain, else a dateline credit. Read from every line of the page,
 * chrome included.
 */
function outletOf(source: Source): Source["found"]["outlet"] {
  const lines = [...source.report.map((r) => r.text), ...source.blocks.map((b) => b.text)];
  const copyrights = lines.map(outletFromCopyright).filter((o) => o !== undefined);
  const signed = copyrights.find((o) => o.known) ?? copyrights[0] ?? lines.map(outletFromDomain).find((o) => o !== undefined);
  if (signed) return { value: withoutSlogan(signed.name, lines, source.found.credit?.agency), origin: "stated", from: signed.from };
  if (source.found.credit)
    return { value: outletFromCredit(source.found.credit.agency), origin: "stated", from: `the dateline credit "${source.found.credit.text}"` };
  return undefined;
}

/**
 * A copyright line may sign with the outlet's slogan before its name ("글로벌리더의 지름길
 * 종합뉴스통신사 뉴스핌"): the name is then the longest trailing part of it that the page also
 * prints on its own, as its masthead or in its dateline credit ("[세종=뉴스핌]").
 */
function withoutSlogan(name: string, lines: string[], creditAgency: string | undefined): string {
  const words = name.split(/\s+/);
  const alone = new Set([...lines.map((l) => l.trim()), ...(creditAgency ? [creditAgency] : [])]);
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    if (alone.has(tail)) return tail;
  }
  return name;
}

/**
 * The general recognizers (recognizers.ts) for blocks no outlet row matched: a date stamp, a
 * byline, a reporter's e-mail line, a dateline credit opening the lead. Returns true when the block
 * left the body (its remainder, if any, is pushed back by the caller through `block.text`).
 */
function recognize(source: Source, block: Block, where: string): boolean {
  const stamp = parseDateStamp(block.text);
  if (stamp) {
    const first = stamp.find((d) => d.kind === "published");
    if (first) {
      // A later stamp of the same day that also gives the time says the same, more exactly.
      const known = source.found.published;
      const sameDayWithTime = known?.origin === "stated" && known.value === first.value && known.time === undefined && first.time !== undefined;
      if (!known || sameDayWithTime) source.found.published = statedPublication(first, `Stated in the source: "${block.text}".`);
      source.report.push({ rule: "date-stamp", action: "moved", to: "published", text: block.text });
    } else {
      source.report.push({ rule: stamp[0]?.kind === "print" ? "date-print" : "date-modified", action: "removed", text: block.text });
    }
    return true;
  }
  const byline = parseByline(block.text);
  if (byline) {
    addByline(source, block.text, byline.name, where);
    source.report.push({ rule: "byline", action: "moved", to: "byline", text: block.text });
    return true;
  }
  if (isEmailLine(block.text)) {
    source.report.push({ rule: "reporter-email", action: "removed", text: block.text });
    return true;
  }
  const credit = source.found.credit ? undefined : leadCredit(block.text);
  if (credit) {
    const agency = /[=(]\s*([^=()\]]+?)\s*[)\]]/.exec(credit.credit)?.[1] ?? credit.credit;
    source.found.credit = { text: credit.credit, agency };
    // A credit that names no reporter ("BUSAN, Nov. 6 (AJP)") is a byline only when the page has none.
    if (!source.found.byline || /기자|특파원|통신원/.test(credit.credit)) addByline(source, credit.credit, credit.credit, where);
    source.report.push({ rule: "dateline-credit", action: "moved", to: "byline", text: credit.credit });
    block.text = credit.rest;
  }
  return false;
}

/**
 * Records a byline. The page often prints it twice (under the headline and at the end): a line
 * naming the same reporter adds nothing; one naming another reporter is a co-author, joined on.
 */
function addByline(source: Source, value: string, name: string, where: string): void {
  const current = source.found.byline;
  if (!current) {
    source.found.byline = { value, origin: "stated", from: where };
    return;
  }
  const names = (s: string) => s.match(/[가-힣]{2,4}(?=\s?(?:기자|특파원|[·ㆍ,]))|[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)+/g) ?? [];
  const added = [...new Set([...names(value), ...(names(value).length === 0 ? [name] : [])])].filter((n) => !current.value.includes(n));
  if (added.length === 0) return;
  source.found.byline = { ...current, value: `${current.value}, ${value}` };
  source.notes.push(`a second byline "${value}" names ${added.join(", ")} too; both are kept as co-authors`);
}

export const extractMetadataStep = eachSource("extract-metadata", (source) => extractMetadata(source, rulesFor(source.outletKey)));
