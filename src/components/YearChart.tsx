import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { ArchiveYear } from "@/lib/articles";

/**
 * Articles per year as a bar chart drawn at build time (plain SVG, no script). Years without
 * articles are drawn as gaps so the archive's shape is honest. The table beside it is the text
 * alternative and the way in for keyboard and screen-reader users.
 */
export function YearChart({ years, undated, lang }: { years: ArchiveYear[]; undated: number; lang: Language }) {
  if (years.length === 0) return null;
  const t = uiText(lang).archive;
  const nums = years.map((y) => Number(y.year));
  const first = Math.min(...nums);
  const last = Math.max(...nums);
  const span = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const counts = new Map(years.map((y) => [y.year, y.count]));
  const max = Math.max(...years.map((y) => y.count));
  const W = 720;
  const H = 240;
  const pad = { top: 24, right: 12, bottom: 36, left: 12 };
  const slot = (W - pad.left - pad.right) / span.length;
  const barW = Math.max(4, Math.min(40, slot * 0.7));
  const plotH = H - pad.top - pad.bottom;
  // Label every year while they fit, otherwise every few years.
  const every = Math.ceil(span.length / 16);
  const summary = years
    .slice()
    .sort((a, b) => a.year.localeCompare(b.year))
    .map((y) => t.chartSummary(y.year, y.count))
    .join(", ");
  return (
    <figure className="my-6">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" className="h-auto max-h-64 w-full" preserveAspectRatio="xMidYMid meet">
        <title id="chart-title">{t.chartTitle}</title>
        <desc id="chart-desc">{t.chartDesc(first, last, summary, undated)}</desc>
        <line x1={pad.left} x2={W - pad.right} y1={H - pad.bottom} y2={H - pad.bottom} stroke="var(--line)" strokeWidth="1" />
        {span.map((year, i) => {
          const count = counts.get(year) ?? 0;
          const h = max ? (count / max) * plotH : 0;
          const x = pad.left + i * slot + (slot - barW) / 2;
          const y = H - pad.bottom - h;
          return (
            <g key={year}>
              {count > 0 ? <rect x={x} y={y} width={barW} height={h} rx="2" fill="var(--accent)" /> : null}
              {count > 0 ? (
                <text x={x + barW / 2} y={y - 6} textAnchor="middle" fontSize="13" fill="var(--fg)">
                  {count}
                </text>
              ) : null}
              {i % every === 0 || count > 0 ? (
                <text x={x + barW / 2} y={H - pad.bottom + 18} textAnchor="middle" fontSize="12" fill="var(--muted)">
                  {span.length > 12 ? `'${year.slice(2)}` : year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-muted">{t.chartCaption}</figcaption>
    </figure>
  );
}
