/** Takes each article's summary from its opening: the first sentence, or two when the first is short. */
import { eachSource } from "../types";
import { isSentence } from "./title-and-deck";

const MIN_SUMMARY = 60;
const MAX_SUMMARY = 300;

export function summarize(paragraphs: string[]): string {
  const opening = paragraphs.find((p) => isSentence(p) && p.length >= 20) ?? paragraphs[0] ?? "";
  const sentences = opening.split(/(?<=[.!?。])\s+(?=\S)/);
  let summary = sentences[0] ?? "";
  if (summary.length < MIN_SUMMARY && sentences[1]) summary = `${summary} ${sentences[1]}`;
  return summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1).trimEnd()}…` : summary;
}

export const summarizeStep = eachSource("summarize", (source) => {
  for (const version of source.versions) {
    version.summary = summarize(version.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text));
  }
});
