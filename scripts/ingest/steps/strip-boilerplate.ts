/**
 * Removes page chrome with the `remove*` rows of boilerplate-rules.ts and records every removal,
 * so the report shows exactly what left the body and why.
 */
import { rulesFor, type BoilerplateRule } from "../boilerplate-rules";
import { isEmailLine, parseByline, parseDateStamp } from "../recognizers";
import { eachSource, type Block, type Source } from "../types";

const REMOVING = new Set(["remove", "remove-fragment", "remove-range", "remove-rest", "remove-list"]);
/** A box of related stories (or a promotion) holds a few short lines; a longer run without prose is no such box. */
const MAX_LIST = 12;
const MOVING = new Set(["byline", "date", "deck", "section-link"]);
/** Rows that take a photo's credit line, under which a page may print the caption it closes. */
const PHOTO_CREDITS = new Set(["copyright-credit", "media-credit"]);
/** The mark some pages open a photo's caption with. */
const CAPTION_MARK = /^[▲△]\s?\S/u;

/** A paragraph of the story itself: long enough to be prose, not a label or a headline in a list. */
export const isProse = (text: string) => text.length >= 40 && /[.!?。](?:["'”’」』)\]]*)$/.test(text);

/** A block that states a fact of the article (a date stamp, a byline) rather than chrome. */
const isFact = (block: Block, rules: BoilerplateRule[]) =>
  parseDateStamp(block.text) !== undefined ||
  parseByline(block.text) !== undefined ||
  isEmailLine(block.text) ||
  rules.some((r) => MOVING.has(r.action) && r.pattern.test(block.text));

/**
 * Where the story goes on after the box (related stories, a promotion) whose heading is block `at`: the first
 * paragraph of prose after a few headlines, or -1 when another story-end heading, a fact of the
 * article (a byline, a date stamp) or no prose comes first.
 */
function storyAfterList(blocks: Block[], at: number, rules: BoilerplateRule[]): number {
  for (let j = at + 1; j < Math.min(blocks.length, at + 2 + MAX_LIST); j++) {
    const text = blocks[j]!.text;
    if (isProse(text)) return j;
    if (isFact(blocks[j]!, rules) || rules.some((r) => r.action.startsWith("remove-") && r.action !== "remove-fragment" && r.pattern.test(text))) return -1;
  }
  return -1;
}

export function stripBoilerplate(source: Source, rules: BoilerplateRule[]): void {
  const active = rules.filter((r) => REMOVING.has(r.action));
  const kept: Block[] = [];
  const blocks = source.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const rule = active.find((r) => r.pattern.test(block.text));
    if (!rule) {
      kept.push(block);
      continue;
    }
    // A byline is a fact of the article, never chrome, even when a chrome row's pattern fits it
    // ("Min-seo Park parkms@…" reads like an outlet's e-mail signature): extract-metadata moves it.
    if (rule.action === "remove" && parseByline(block.text) !== undefined) {
      kept.push(block);
      continue;
    }
    if (rule.action === "remove") {
      source.report.push({ rule: rule.id, action: "removed", text: block.text });
      // A line marked ▲ or △ right above a photo's credit is that photo's caption ("▲ … 들고 있다." / "ⓒ 김은서").
      const above = kept.at(-1);
      if (PHOTO_CREDITS.has(rule.id) && above && CAPTION_MARK.test(above.text)) {
        kept.pop();
        source.report.push({ rule: "photo-caption", action: "removed", text: above.text });
      }
      continue;
    }
    if (rule.action === "remove-list") {
      const resume = storyAfterList(blocks, i, rules);
      if (resume !== -1 && kept.some((b) => isProse(b.text))) {
        for (const b of blocks.slice(i, resume)) source.report.push({ rule: rule.id, action: "removed", text: b.text });
        i = resume - 1;
        continue;
      }
    }
    if (rule.action === "remove-rest" || rule.action === "remove-list") {
      // Only once the story has begun: a menu heading above the headline does not end anything.
      if (!kept.some((b) => isProse(b.text))) {
        source.report.push({ rule: rule.id, action: "removed", text: block.text });
        continue;
      }
      for (const b of blocks.slice(i)) {
        if (b !== block && isFact(b, rules)) {
          kept.push(b);
          continue;
        }
        // A row that names the block more precisely (an outlet's) is the one reported.
        const own = b === block ? rule : (active.find((r) => r.action === "remove" && r.pattern.test(b.text)) ?? rule);
        source.report.push({ rule: own.id, action: "removed", text: b.text });
      }
      break;
    }
    if (rule.action === "remove-fragment") {
      const rest = block.text.replace(rule.pattern, "").trim();
      const removed = block.text.match(rule.pattern)?.[0].trim() ?? "";
      source.report.push({ rule: rule.id, action: "removed", text: removed });
      if (rest !== "") kept.push({ ...block, text: rest });
      continue;
    }
    // remove-range: only when the closing block exists, so an unclosed range never eats the rest of an article.
    const until = rule.until;
    const end = until ? blocks.findIndex((b, j) => j >= i && until.test(b.text)) : -1;
    if (end === -1) {
      source.warnings.push(`rule ${rule.id}: found "${block.text}" but not the block that ends the range; nothing removed`);
      kept.push(block);
      continue;
    }
    for (const b of blocks.slice(i, end + 1)) source.report.push({ rule: rule.id, action: "removed", text: b.text });
    i = end;
  }
  source.blocks = kept;
}

export const stripBoilerplateStep = eachSource("strip-boilerplate", (source) => stripBoilerplate(source, rulesFor(source.outletKey)));
