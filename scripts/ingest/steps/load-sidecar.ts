/** Attaches each source's editorial sidecar (<stem>.meta.json), when it has one. */
import path from "node:path";
import { readSidecar } from "../sidecar";
import { eachSource, SourceError } from "../types";

export const loadSidecarStep = eachSource("load-sidecar", (source) => {
  const file = path.join(path.dirname(source.path), `${source.stem}.meta.json`);
  try {
    source.sidecar = readSidecar(file, path.basename(file));
  } catch (error) {
    throw new SourceError(source, (error as Error).message);
  }
  if (!source.sidecar) source.notes.push("no sidecar: outlet, address and slug come from the text alone");
});
