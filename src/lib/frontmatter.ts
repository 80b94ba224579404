/**
 * The one way the project reads front matter: YAML only. gray-matter also accepts `---js` and
 * `---coffee` front matter, which it *evaluates*, so a content file could run code during the
 * build; every engine but YAML is refused here, with an error that names the file.
 */
import matter from "gray-matter";

const refuse = (language: string) => (): never => {
  throw new FrontmatterError(`front matter written as "${language}" is refused; only YAML front matter is read`);
};

class FrontmatterError extends Error {}

/** Engines gray-matter knows besides YAML (its aliases js, coffeescript and cson map onto these). */
const engines = Object.fromEntries(["javascript", "js", "coffee", "coffeescript", "cson", "json", "toml"].map((name) => [name, refuse(name)]));

export interface Frontmatter {
  data: Record<string, unknown>;
  /** The text after the front matter. */
  content: string;
}

/** Splits `text` into YAML front matter and content; `file` names the file in errors. */
export function readFrontmatter(text: string, file: string): Frontmatter {
  // The word after the opening "---" names the language; text without front matter has none.
  const language = text.startsWith("---") ? matter.language(text).name.toLowerCase() : "";
  try {
    if (language !== "" && language !== "yaml" && language !== "yml") refuse(language)();
    // A fresh options object also keeps gray-matter from serving a cached parse of identical input.
    const parsed = matter(text, { language: "yaml", engines });
    return { data: parsed.data, content: parsed.content };
  } catch (error) {
    const problem = error instanceof FrontmatterError ? error.message : `front matter is not valid YAML: ${(error as Error).message}`;
    throw new Error(`${file}: ${problem}`);
  }
}
