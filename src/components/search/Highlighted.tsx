import type { Segment } from "@/lib/search/highlight";

/** Text with the query's matches in <mark>: React text nodes only, so nothing in it is ever markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-mark px-0.5 text-fg">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
