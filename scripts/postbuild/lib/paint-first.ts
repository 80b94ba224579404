/**
 * The page first, the framework after. Next.js writes its chunks as `<script async>` tags (and
 * preloads some of them), so a browser fetches about 180 KB of JavaScript while it is still
 * fetching and painting the page, and on a slow connection the text waits for bandwidth the
 * scripts take; from a fast cache the page hydrates before its text is first painted. The page
 * needs none of it to be read: every page is complete HTML, and only its controls (search, theme,
 * language, share) need React. So the tags and the preloads are taken out and one inline script at
 * the end of <body> adds the same scripts once the page is parsed and its first paint is on screen.
 * Pages without such tags are returned as they are.
 */

/** Next's chunk tags and script preloads, exactly as it writes them. */
const ASYNC_SCRIPT = /<script src="([^"]+)" async=""><\/script>/gu;
const SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*\/>/gu;

/**
 * The code of the inline script that adds `sources` (async, as Next wrote them) once the browser reports the
 * page's first contentful paint (a paint entry comes after the frame is on screen) and the whole
 * page is parsed; where a browser has no paint timing, once the page is parsed.
 */
export function afterPaintScript(sources: string[]): string {
  return `(function(){var added=false;function add(){if(added)return;added=true;${JSON.stringify(sources)}.forEach(function(src){var s=document.createElement("script");s.src=src;s.async=true;document.head.appendChild(s)})}function parsed(){if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",function(){setTimeout(add)});else setTimeout(add)}if(typeof PerformanceObserver==="undefined"||(PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")<0)return parsed();new PerformanceObserver(function(list,observer){if(list.getEntriesByName("first-contentful-paint").length===0)return;observer.disconnect();parsed()}).observe({type:"paint",buffered:true})})()`;
}

export function paintFirst(html: string): string {
  const sources = [...html.matchAll(ASYNC_SCRIPT)].map((m) => m[1] ?? "");
  const end = html.lastIndexOf("</body>");
  if (sources.length === 0 || end < 0) return html;
  const strip = (part: string) => part.replace(ASYNC_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
  return strip(html.slice(0, end)) + `<script>${afterPaintScript(sources)}</script>` + html.slice(end);
}

/** The scripts a finished page loads after its first paint, in order (empty for a page without them). */
export function afterPaintSources(html: string): string[] {
  const list = /<script>\(function\(\)\{var added=false;function add\(\)\{if\(added\)return;added=true;(\[[^\]]*\])/u.exec(html)?.[1];
  return list ? (JSON.parse(list) as string[]) : [];
}
