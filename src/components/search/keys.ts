import type { KeyboardEvent } from "react";

/**
 * True while a Korean (or any) IME is composing: the Enter that finishes a syllable must not also
 * submit or pick a result. Chromium reports isComposing; older engines send keyCode 229.
 */
export function isComposing(e: KeyboardEvent): boolean {
  return e.nativeEvent.isComposing || e.keyCode === 229;
}
