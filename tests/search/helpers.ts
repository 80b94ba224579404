/** Opens a search engine over index files held in memory, as the browser would over HTTP. */
import { SearchEngine } from "../../src/lib/search/engine";

export function memoryEngine(files: Map<string, string>): Promise<SearchEngine> {
  return SearchEngine.open(async (p) => {
    const text = files.get(p);
    if (text === undefined) throw new Error(`${p}: not in the index`);
    return text;
  });
}
