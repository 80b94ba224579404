/**
 * Settles each article's publication date: a date the text states wins; else the sidecar's
 * editorial or inferred date; else unknown, with what the text says about it. Never today.
 */
import { publishedSchema, type Published } from "../../../src/lib/article-schema";
import { describeIssues } from "../../../src/lib/json-file";
import { eachSource, SourceError, type Source, type Version } from "../types";

export function resolveDate(source: Source): Published {
  const stated = source.found.published;
  const editorial = source.sidecar?.published;
  if (stated) {
    if (editorial?.value && editorial.value !== stated.value) {
      source.warnings.push(`the text states ${stated.value} but the sidecar says ${editorial.value}; the stated date is used`);
    }
    return stated;
  }
  if (editorial) {
    // `from` documents the sidecar; the article's note says how the date was established.
    const { value, precision, origin, time, sourceText, note } = editorial;
    const parsed = publishedSchema.safeParse(
      Object.fromEntries(Object.entries({ value, precision, origin, time, sourceText, note }).filter(([, v]) => v !== undefined)),
    );
    if (!parsed.success) throw new SourceError(source, `sidecar published: ${describeIssues(parsed.error)}`);
    return parsed.data;
  }
  // A day of the month alone ("26일") is all many local reports give: record it, guess nothing.
  const text = source.versions[0]?.blocks.map((b) => b.text).join("\n") ?? "";
  const day = /(?<![\d.])(\d{1,2})일(?![\d])/.exec(text)?.[0];
  return day
    ? { precision: "unknown", sourceText: day, note: `The source gives only "${day}", without month or year.` }
    : { precision: "unknown", note: "The source states no date and no editor has established one." };
}

/**
 * An unknown date's `sourceText` quotes the text in the reader's language: the English version of
 * a story that says "26일" says "on the 26th", and that is what its readers should see.
 */
export function publishedForVersion(published: Published, version: Version): Published {
  const day = published.sourceText?.match(/^(\d{1,2})일$/)?.[1];
  if (published.precision !== "unknown" || version.lang !== "en" || day === undefined) return published;
  const text = version.blocks.map((b) => b.text).join("\n");
  const english = new RegExp(`\\bon the ${day}(?:st|nd|rd|th)\\b`).exec(text)?.[0];
  return english ? { ...published, sourceText: english } : published;
}

export const resolveDateStep = eachSource("resolve-date", (source) => {
  const published = resolveDate(source);
  source.published = published;
  for (const version of source.versions) version.published = publishedForVersion(published, version);
});
