"use client";
/**
 * Share an article: the native share sheet where the browser has one, otherwise copy the link
 * (which covers messengers such as KakaoTalk), plus plain links to X and Facebook that work without
 * JavaScript. It also copies a paragraph's link when a reader clicks that paragraph's "#" mark.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { uiText } from "@/config/ui";

type Props = { url: string; title: string; lang: "ko" | "en" };

/** Whether a browser can share never changes while the page is open. */
const noChanges = () => () => {};

export function ShareControl({ url, title, lang }: Props) {
  const t = uiText(lang).share;
  // The Web Share API exists only in some browsers; the server render assumes it does not.
  const canShare = useSyncExternalStore(
    noChanges,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [status, setStatus] = useState("");

  const copy = async (link: string, done: string) => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(done);
    } catch {
      setStatus(t.failed);
    }
  };

  // Paragraph "#" links still jump to their paragraph; the click also copies the full link.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = e.target instanceof Element ? e.target.closest("a.para-link") : null;
      if (!(a instanceof HTMLAnchorElement)) return;
      void copy(new URL(a.getAttribute("href") ?? "", url).toString(), t.paraCopied);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  });

  const onShare = async () => {
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (err) {
        // The reader closed the sheet: nothing to report.
        if (err instanceof DOMException && err.name === "AbortError") return;
      }
    }
    await copy(url, t.copied);
  };

  const enc = encodeURIComponent;
  return (
    <div className="no-print flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t.label}>
      <button type="button" onClick={onShare} className="needs-js rounded-md bg-accent px-3 py-1.5 font-medium text-accent-fg">
        {canShare ? t.share : t.copy}
      </button>
      <a
        className="rounded-md border border-line px-3 py-1.5 no-underline"
        href={`https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`}
        rel="noopener noreferrer"
      >
        {t.on("X")}
      </a>
      <a
        className="rounded-md border border-line px-3 py-1.5 no-underline"
        href={`https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`}
        rel="noopener noreferrer"
      >
        {t.on("Facebook")}
      </a>
      <p aria-live="polite" role="status" className="min-h-[1.5em] w-full text-accent sm:w-auto">
        {status}
      </p>
    </div>
  );
}
