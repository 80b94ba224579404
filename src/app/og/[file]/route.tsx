import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { uiText } from "@/config/ui";
import { getAllArticles, getArticleBySlug } from "@/lib/articles";

export const dynamic = "force-static";
export const dynamicParams = false;

/** The card for pages that are not articles; "_" cannot start an article slug, so it never collides. */
const SITE_CARD = "_site.png";

export function generateStaticParams() {
  return [{ file: SITE_CARD }, ...getAllArticles().map((a) => ({ file: `${a.slug}.png` }))];
}

// Pretendard from node_modules draws Hangul; nothing is fetched.
const fontDir = path.join(process.cwd(), "node_modules/pretendard/dist/public/static");
const fonts = () => [
  { name: "Pretendard", data: readFileSync(path.join(fontDir, "Pretendard-Bold.otf")), weight: 700 as const, style: "normal" as const },
  { name: "Pretendard", data: readFileSync(path.join(fontDir, "Pretendard-Regular.otf")), weight: 400 as const, style: "normal" as const },
];

/** The 1200x630 share card of one article (title, outlet, date as precise as known), or of the site. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const a = file === SITE_CARD ? undefined : getArticleBySlug(file.replace(/\.png$/, ""));
  if (!a && file !== SITE_CARD) return new Response("not found", { status: 404 });
  const title = a ? a.title : uiText("ko").siteName;
  const footer = a ? [a.outlet?.value, a.dateLabel].filter(Boolean).join(" · ") : uiText("ko").description;
  const size = title.length > 60 ? 52 : title.length > 34 ? 60 : 70;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#ffffff",
        color: "#1b1d21",
        fontFamily: "Pretendard",
        borderTop: "16px solid #0b57d0",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#5a6070" }}>{uiText(a?.lang ?? "ko").siteName}</div>
      <div style={{ display: "flex", fontSize: size, fontWeight: 700, lineHeight: 1.3, wordBreak: "keep-all" }}>{title}</div>
      <div style={{ display: "flex", fontSize: 30, color: "#5a6070" }}>{footer}</div>
    </div>,
    { width: 1200, height: 630, fonts: fonts() },
  );
}
