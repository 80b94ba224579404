import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { paths } from "@/lib/paths";

/**
 * A plain search form for pages (the 404 page): a GET to the search page that works without
 * JavaScript. Its own accessible name keeps it distinct from the header's search landmark.
 */
export function SearchForm({ id, label, lang }: { id: string; label: string; lang: Language }) {
  const t = uiText(lang).search;
  return (
    <form role="search" aria-label={label} action={paths.search(lang)} method="get" className="flex max-w-md items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder={t.placeholder}
        className="min-w-0 flex-1 rounded-md border border-line bg-bg px-3 py-2 text-fg placeholder:text-muted"
      />
      <button type="submit" className="rounded-md bg-accent px-4 py-2 text-accent-fg">
        {t.submit}
      </button>
    </form>
  );
}
