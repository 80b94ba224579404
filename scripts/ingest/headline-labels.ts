/**
 * Labels an outlet prints before a headline to say what kind of story it is ("[단독]", "[속보]",
 * "[인터뷰]", "(종합2보)", "EXCLUSIVE:", "(LEAD)"), as data. The title keeps them as printed: the
 * archive never drops a word of a headline. The slug, the article's permanent address, leaves them
 * out: a label says how the story was first run (a scoop, breaking, the second update), not what
 * it is about, and an address must not change meaning when the label would no longer be true.
 */

export interface HeadlineLabelRule {
  /** Stable id, printed in the report. */
  id: string;
  /** The label at the very start of a headline, with the space after it. */
  pattern: RegExp;
  /** Why the slug loses nothing without it. */
  reason: string;
}

/** English labels, printed before a colon or in brackets ("EXCLUSIVE:", "(LEAD)", "(2nd LD)"). */
const LABELS_EN = [
  "exclusive",
  "breaking",
  "breaking news",
  "urgent",
  "update",
  "updated",
  "lead",
  "analysis",
  "interview",
  "news focus",
  "photo",
  "video",
  "live",
  "editorial",
  "opinion",
  "fact check",
];

export const headlineLabelRules: HeadlineLabelRule[] = [
  {
    id: "headline-label",
    // A short bracketed label: Korean words, numbers ("[종합2보]"), no sentence. Round brackets need
    // two characters, so a company's "(주)" or "(사)" before its name stays part of the headline.
    pattern: /^\s*(?:\[[^\]\n]{1,12}\]|【[^】\n]{1,12}】|〈[^〉\n]{1,12}〉|\([가-힣0-9 ·]{2,12}\))\s*/,
    reason: "A bracketed label before the headline ([단독], [속보], [인터뷰], (종합)): what kind of story it is, not what it is about.",
  },
  {
    id: "headline-label-en",
    pattern: new RegExp(String.raw`^\s*(?:(?:${LABELS_EN.join("|")})\s*:|\(\s*(?:${LABELS_EN.join("|")}|\d+(?:st|nd|rd|th)\s+LD)\s*\))\s*`, "i"),
    reason: "An English label before the headline (EXCLUSIVE:, (LEAD), (2nd LD)): what kind of story it is, not what it is about.",
  },
];

/**
 * The labels at the start of a headline, in order, and the headline without them. A headline that
 * would be left with nothing is all label and is returned whole.
 */
export function splitHeadlineLabels(title: string): { labels: { rule: string; text: string }[]; rest: string } {
  const labels: { rule: string; text: string }[] = [];
  let rest = title;
  for (let found = true; found;) {
    found = false;
    for (const rule of headlineLabelRules) {
      const m = rule.pattern.exec(rest);
      if (!m || m[0].trim() === "" || rest.slice(m[0].length).trim() === "") continue;
      labels.push({ rule: rule.id, text: m[0].trim() });
      rest = rest.slice(m[0].length);
      found = true;
    }
  }
  return { labels, rest: rest.trim() };
}
