/**
 * Shapes shared by the ingest steps. A run carries every source through the same ordered list of
 * steps (see index.ts); each step reads what earlier steps left on the `Source` and adds its part.
 */
import type { ArticleFrontmatter, ArticleImage, Language, Published } from "../../src/lib/article-schema";
import type { GlossaryTerm, Topic } from "../../src/lib/taxonomy";
import type { Sidecar } from "./sidecar";

/** One paragraph or heading of the body, as plain text. */
export interface Block {
  kind: "paragraph" | "heading";
  text: string;
  /** 1-based line of the source the block came from (HTML sources: 0), for the report. */
  line: number;
  /** Set by a `section-link` rule: this block closes one part of a digest. */
  sectionLink?: { url: string; date: string; sourceText: string };
}

/** A line or fragment the pipeline took out of the body, and where it went. */
export interface ReportEntry {
  /** Rule id from boilerplate-rules.ts, or the step that did it (e.g. "dedupe"). */
  rule: string;
  /**
   * "removed": page chrome, or a byline's decoration (e-mail, dateline, outlet name), gone.
   * "moved": article data that now lives in the frontmatter.
   * "flagged": kept in the body, but a signal says it may be chrome; for an editor to check.
   */
  action: "removed" | "moved" | "flagged";
  text: string;
  /** For "moved": the frontmatter field that received it. */
  to?: string;
}

/** A value and where it came from, as the schema's `sourced(...)` fields want it. */
export interface Sourced<T> {
  value: T;
  origin: "stated" | "editorial" | "inferred";
  from?: string;
}

/** One article to write: the whole source, or one language of a bilingual source. */
export interface Version {
  id: string;
  lang: Language;
  blocks: Block[];
  title?: Sourced<string>;
  deck: string[];
  slug?: string;
  summary?: string;
  topics: ArticleFrontmatter["topics"];
  sections: ArticleFrontmatter["sections"];
  translations?: ArticleFrontmatter["translations"];
  /** The source's date as this version shows it (its own language's wording of an unknown date). */
  published?: Published;
  /** The finished file, once rendered. */
  output?: { fileName: string; text: string; frontmatter: ArticleFrontmatter };
}

export interface Source {
  /** File name under sources/, as received. */
  file: string;
  /** Absolute path, for reading. */
  path: string;
  /** How to name the file in messages: relative to the working directory when inside it. */
  display: string;
  /** File name without extension; the article id. */
  stem: string;
  bytes?: Buffer;
  sha256?: string;
  /** Decoded, NFC, LF-only text. */
  text?: string;
  format?: "text" | "html";
  sidecar?: Sidecar;
  /** Key of the outlet whose boilerplate rows apply (sidecar `outletKey` or detected). */
  outletKey?: string;
  blocks: Block[];
  images: ArticleImage[];
  /** Facts the rules moved out of the body. */
  found: {
    byline?: Sourced<string>;
    /** The outlet, from its signature in the text (copyright line, e-mail domain, dateline credit). */
    outlet?: Sourced<string>;
    /** A dateline credit that opened the lead ("(세종=연합뉴스) 오세린 기자"), and the agency it names. */
    credit?: { text: string; agency: string };
    published?: Published;
    deck: string[];
  };
  versions: Version[];
  /** Publication date shared by all versions. */
  published?: Published;
  report: ReportEntry[];
  /** Things an editor should know that did not stop the run (e.g. "decoded as EUC-KR"). */
  warnings: string[];
  /** Things the run did that change no meaning (e.g. "CRLF line ends converted"). */
  notes: string[];
}

/** A source as the run starts it: its names only; the steps fill in the rest. */
export function newSource(file: string, fullPath: string, display: string): Source {
  return {
    file,
    path: fullPath,
    display,
    stem: file.replace(/\.[^.]+$/, ""),
    blocks: [],
    images: [],
    found: { deck: [] },
    versions: [],
    report: [],
    warnings: [],
    notes: [],
  };
}

/** What every step may read besides the sources. */
export interface RunContext {
  contentDir: string;
  sourcesDir: string;
  articlesDir: string;
  glossary: GlossaryTerm[];
  topics: Topic[];
  /** id -> slug of the articles already in articles/, so a published slug never changes. */
  existingSlugs: Map<string, string>;
}

/**
 * One stage of the pipeline. Steps run in the order of the list in index.ts, each over every
 * source; a step that finds a problem throws an error that names the source file.
 */
export interface Step {
  name: string;
  run(sources: Source[], ctx: RunContext): void | Promise<void>;
}

/** The error a step throws for bad input: always names the file. */
export class SourceError extends Error {
  constructor(source: Pick<Source, "display">, problem: string) {
    super(`${source.display}: ${problem}`);
    this.name = "SourceError";
  }
}

/** Wraps a per-source function as a Step, so errors from it always name the file. */
export function eachSource(name: string, fn: (source: Source, ctx: RunContext) => void | Promise<void>): Step {
  return {
    name,
    async run(sources, ctx) {
      for (const source of sources) {
        try {
          await fn(source, ctx);
        } catch (error) {
          if (error instanceof SourceError) throw error;
          throw new SourceError(source, `${name}: ${(error as Error).message}`);
        }
      }
    },
  };
}
