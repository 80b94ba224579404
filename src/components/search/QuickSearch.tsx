/**
 * Header search box. Without JavaScript it is a plain GET form to /search/, so it always works;
 * the interactive quick search replaces this file.
 */
export function QuickSearch({ id = "quick-search" }: { id?: string }) {
  return (
    <form role="search" action="/search/" method="get" className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        기사 검색
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder="기사 검색"
        className="w-36 sm:w-48 rounded-md border border-line bg-bg px-3 py-1.5 text-sm text-fg placeholder:text-muted"
      />
      <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-accent-fg">
        검색
      </button>
    </form>
  );
}
