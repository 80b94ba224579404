/**
 * Limits shared by the search boxes and the engine. A module of its own, with no imports, so the
 * header's search box can read it without pulling the search code into every page.
 */

/** A query or a text longer than this is cut: nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;
