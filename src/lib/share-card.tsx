/**
 * The 1200x630 share cards (`/og/<slug>.png` for each article, `/og/_site.png` for the site): what
 * each card shows, how it looks, and the key that names a rendered card. `npm run share-cards:build`
 * (scripts/share-cards/) renders them with satori and sharp outside `next build`, so a card whose key is
 * unchanged is taken from the cache instead of drawn again.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import satori from "satori";
import sharp from "sharp";
import { uiText } from "@/config/ui";
import { getAllArticles } from "@/lib/articles";

/** The card for pages that are not articles; "_" cannot start an article slug, so it never collides. */
export const SITE_CARD_FILE = "_site.png";

/** Everything a card shows, and nothing else: two cards with the same fields are the same picture. */
export interface ShareCard {
  /** File name under /og/, e.g. "some-slug.png". */
  file: string;
  /** The small line on top: the site's name in the article's language. */
  header: string;
  title: string;
  /** Outlet and date as precise as known, or the site's description. */
  footer: string;
}

/** The site's card, then one card per article, from the one loader. */
export function allShareCards(): ShareCard[] {
  return [
    { file: SITE_CARD_FILE, header: uiText("en").siteName, title: uiText("ko").siteName, footer: uiText("ko").description },
    ...getAllArticles().map((a) => ({
      file: path.basename(a.ogImage),
      header: uiText(a.lang).siteName,
      title: a.title,
      footer: [a.outlet?.value, a.dateLabel].filter(Boolean).join(" · "),
    })),
  ];
}

/**
 * What changes the picture besides the card's fields: this file (the layout) and the renderers'
 * versions (satori, which lays the card out as an SVG; sharp, which draws it as a palette PNG).
 * Any of them changing renders every card again.
 */
function rendererVersion(): string {
  const require = createRequire(import.meta.url);
  const satoriPackage = JSON.parse(readFileSync(require.resolve("satori/package.json"), "utf8")) as { version: string };
  const layout = readFileSync(fileURLToPath(import.meta.url));
  return `satori ${satoriPackage.version}; sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}); layout ${createHash("sha256").update(layout).digest("hex").slice(0, 16)}`;
}

let renderer: string | undefined;

/** The name a card is cached under: a hash of exactly what it shows and of the renderer. */
export function shareCardKey(card: ShareCard): string {
  renderer ??= rendererVersion();
  return createHash("sha256")
    .update(JSON.stringify([renderer, card.header, card.title, card.footer]))
    .digest("hex")
    .slice(0, 32);
}

/** The font files, read once per process and shared by every card it draws. Pretendard from node_modules draws Hangul; nothing is fetched. */
export function loadShareCardFonts() {
  const dir = path.join(process.cwd(), "node_modules/pretendard/dist/public/static");
  return [
    { name: "Pretendard", data: readFileSync(path.join(dir, "Pretendard-Bold.otf")), weight: 700 as const, style: "normal" as const },
    { name: "Pretendard", data: readFileSync(path.join(dir, "Pretendard-Regular.otf")), weight: 400 as const, style: "normal" as const },
  ];
}
export type ShareCardFonts = ReturnType<typeof loadShareCardFonts>;

/** Draws one card as PNG bytes. */
export async function renderShareCard(card: ShareCard, fonts: ShareCardFonts): Promise<Buffer> {
  const size = card.title.length > 60 ? 52 : card.title.length > 34 ? 60 : 70;
  const svg = await satori(
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
      <div style={{ display: "flex", fontSize: 30, color: "#5a6070" }}>{card.header}</div>
      <div style={{ display: "flex", fontSize: size, fontWeight: 700, lineHeight: 1.3, wordBreak: "keep-all" }}>{card.title}</div>
      <div style={{ display: "flex", fontSize: 30, color: "#5a6070" }}>{card.footer}</div>
    </div>,
    { width: 1200, height: 630, fonts },
  );
  // satori is the layout engine next/og uses, at the version it bundles; next/og would draw the SVG as
  // a full-colour PNG, which is then decoded again to make the palette PNG: sharp draws it once.
  // A card is a few flat colours and the grey edges of its letters: as a 256-colour palette PNG it
  // looks the same at about half the bytes, which at 10 000 articles is some 160 MB of the export.
  // The quickest quantizer without dithering gives the same bytes on such flat pictures, for a
  // third less time; zlib's level 6 instead of 9 takes 15 ms a card instead of 24, for 4% more bytes.
  // Quality 80 lets the quantizer keep only the colours the card needs: a third fewer bytes (16.6 ->
  // 11.0 KiB a card on average) and a fifth less time, and only the grey edges of letters change, by
  // at most 25 of 255 (0.14 on average), which cannot be seen at any zoom a share preview allows.
  return sharp(Buffer.from(svg)).png({ palette: true, quality: 80, compressionLevel: 6, effort: 1, dither: 0 }).toBuffer();
}
