/**
 * Decides whose page chrome rules apply: the sidecar's `outletKey`, else the one outlet whose
 * signature the text carries. Without either, only the rows for all outlets apply.
 */
import { detectOutlet } from "../boilerplate-rules";
import { eachSource } from "../types";

export const identifyOutletStep = eachSource("identify-outlet", (source) => {
  const fromSidecar = source.sidecar?.outletKey;
  if (fromSidecar) {
    source.outletKey = fromSidecar;
    return;
  }
  source.outletKey = detectOutlet(source.text ?? "");
  source.notes.push(
    source.outletKey ? `outlet rules "${source.outletKey}" chosen by the text's signature` : "no outlet recognised: only the rules for all outlets apply",
  );
});
