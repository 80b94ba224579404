import { getTopics } from "@/lib/articles";

/** Every topic with its article count, as links: the archive's table of contents by subject. */
export function TopicChips({ current }: { current?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" role="list">
      {getTopics()
        .filter((t) => t.count > 0)
        .map((t) => (
          <li key={t.id}>
            <a
              href={t.url}
              aria-current={t.id === current ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 text-sm no-underline ${t.id === current ? "border-accent bg-accent text-accent-fg" : "border-line text-fg hover:border-accent hover:text-accent"}`}
            >
              {t.label.ko} <span className={t.id === current ? "" : "text-muted"}>{t.count}</span>
            </a>
          </li>
        ))}
    </ul>
  );
}
