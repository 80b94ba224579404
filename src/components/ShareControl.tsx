"use client";
/**
 * Share an article: the native share sheet where the browser has one, otherwise copy the link
 * (which covers messengers such as KakaoTalk), plus plain links to X and Facebook that work without
 * JavaScript. It also copies a paragraph's link when a reader clicks that paragraph's "#" mark.
 */
import { useEffect, useState, useSyncExternalStore } from "react";

type Props = { url: string; title: string; lang: "ko" | "en" };

const text = {
  ko: {
    share: "공유하기",
    copy: "링크 복사",
    copied: "링크를 복사했습니다.",
    paraCopied: "문단 링크를 복사했습니다.",
    failed: "복사하지 못했습니다. 주소창의 링크를 쓰세요.",
    label: "이 기사 공유",
  },
  en: {
    share: "Share",
    copy: "Copy link",
    copied: "Link copied.",
    paraCopied: "Paragraph link copied.",
    failed: "Could not copy; use the address bar.",
    label: "Share this article",
  },
};

/** Whether a browser can share never changes while the page is open. */
const noChanges = () => () => {};

export function ShareControl({ url, title, lang }: Props) {
  const t = text[lang];
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
        X{lang === "ko" ? "에 공유" : ""}
      </a>
      <a
        className="rounded-md border border-line px-3 py-1.5 no-underline"
        href={`https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`}
        rel="noopener noreferrer"
      >
        Facebook{lang === "ko" ? "에 공유" : ""}
      </a>
      <p aria-live="polite" role="status" className="min-h-[1.5em] w-full text-accent sm:w-auto">
        {status}
      </p>
    </div>
  );
}
