/**
 * The fallback for page chrome no rule names, classified the way boilerplate detectors do: by
 * length, by whether a line ends like a sentence (다. / 했다. / a full stop), by runs of short
 * headline-like lines, and by position after the story's last paragraph; and, across sources, by
 * recurrence: a short line printed on two or more pages of one outlet is the outlet's template.
 *
 * Only two signals remove a line: a run of three or more short headline-like lines after the
 * story's last paragraph (a list of other stories), and a short line that recurs on another page of
 * the same outlet. Any other short line that does not read as a sentence is kept and flagged in the
 * report, so an editor can look; nothing is dropped silently.
 */
import type { Block, Source, Step, Version } from "../types";
import { isProse } from "./strip-boilerplate";
import { isSentence } from "./title-and-deck";

/** Shorter than this and not a sentence: a label, a headline in a list, a caption, or a subheading. */
const SHORT = 60;
/** This many short lines in a row after the story is a list of other stories. */
const MIN_LIST_RUN = 3;

const isShortLine = (b: Block) =>
  b.kind === "paragraph" && !b.sectionLink && b.text.length < SHORT && !isSentence(b.text) && !/[다요]\.?["'”’」』)]?$/.test(b.text);

/** Lines of a version after its last prose paragraph that form a run of short lines. */
function trailingList(version: Version): Set<Block> {
  const lastSentence = version.blocks.findLastIndex((b) => !isShortLine(b));
  const tail = version.blocks.slice(lastSentence + 1);
  return lastSentence >= 0 && tail.length >= MIN_LIST_RUN ? new Set(tail) : new Set();
}

const outletOf = (source: Source) => source.found.outlet?.value ?? source.sidecar?.outlet?.value;

/**
 * Short lines printed on two or more pages of one outlet are its template (a slogan above the
 * headline, a recurring box title), removed before the headline is looked for. Two pages that share
 * a paragraph of prose are copies of one story, not two pages, and count once.
 */
export const templateLinesStep: Step = {
  name: "template-lines",
  run(sources) {
    const byOutlet = new Map<string, Source[]>();
    for (const s of sources) {
      const outlet = outletOf(s);
      if (outlet) byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), s]);
    }
    for (const group of byOutlet.values()) {
      if (group.length < 2) continue;
      const prose = new Map(group.map((s) => [s, new Set(s.blocks.filter((b) => isProse(b.text)).map((b) => b.text))]));
      const copies = (a: Source, b: Source) => [...(prose.get(a) ?? [])].some((t) => prose.get(b)?.has(t));
      const pages = new Map<string, Source[]>();
      for (const s of group) {
        for (const text of new Set(s.blocks.filter(isShortLine).map((b) => b.text))) {
          const on = pages.get(text) ?? [];
          if (!on.some((o) => copies(o, s))) pages.set(text, [...on, s]);
        }
      }
      for (const s of group) {
        s.blocks = s.blocks.filter((b) => {
          if (!isShortLine(b) || (pages.get(b.text)?.length ?? 0) < 2) return true;
          s.report.push({ rule: "outlet-template", action: "removed", text: b.text });
          return false;
        });
      }
    }
  },
};

/** After the headline is known: lists after the story go, other doubtful short lines are flagged. */
export const classifyLinesStep: Step = {
  name: "classify-lines",
  run(sources) {
    for (const source of sources) {
      for (const version of source.versions) {
        const list = trailingList(version);
        version.blocks = version.blocks.filter((b) => {
          if (list.has(b)) {
            source.report.push({ rule: "after-story-list", action: "removed", text: b.text });
            return false;
          }
          if (isShortLine(b)) source.report.push({ rule: "short-line", action: "flagged", text: b.text });
          return true;
        });
      }
    }
  },
};
