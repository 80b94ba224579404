import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";

/** A page whose content lives at another address: browsers go on at once (with or without JavaScript), and a link says where. */
export function MovedView({ lang, to }: { lang: Language; to: string }) {
  const t = uiText(lang).moved;
  return (
    <>
      {/* React places this <meta> in the document's head. */}
      <meta httpEquiv="refresh" content={`0; url=${to}`} />
      <p>
        {t.text} <a href={to}>{t.link}</a>
      </p>
    </>
  );
}
