import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/config/site";
import { getAllArticles, getArticleBySlug } from "@/lib/articles";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((a) => ({ file: `${a.slug}.png` }));
}

// Pretendard from node_modules draws Hangul; nothing is fetched.
const fontDir = path.join(process.cwd(), "node_modules/pretendard/dist/public/static");
const fonts = () => [
  { name: "Pretendard", data: readFileSync(path.join(fontDir, "Pretendard-Bold.otf")), weight: 700 as const, style: "normal" as const },
  { name: "Pretendard", data: readFileSync(path.join(fontDir, "Pretendard-Regular.otf")), weight: 400 as const, style: "normal" as const },
];

/** The 1200x630 share card of one article: title, outlet and date as precise as known. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const a = getArticleBySlug(file.replace(/\.png$/, ""));
  if (!a) return new Response("not found", { status: 404 });
  const size = a.title.length > 60 ? 52 : a.title.length > 34 ? 60 : 70;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "64px 72px", background: "#ffffff", color: "#1b1d21", fontFamily: "Pretendard", borderTop: "16px solid #0b57d0" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#5a6070" }}>{site.name}</div>
        <div style={{ display: "flex", fontSize: size, fontWeight: 700, lineHeight: 1.3, wordBreak: "keep-all" }}>{a.title}</div>
        <div style={{ display: "flex", fontSize: 30, color: "#5a6070" }}>{[a.outlet?.value, a.dateLabel].filter(Boolean).join(" · ")}</div>
      </div>
    ),
    { width: 1200, height: 630, fonts: fonts() },
  );
}
