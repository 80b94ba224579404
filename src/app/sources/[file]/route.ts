import { getSourceFiles, readSourceFile } from "@/lib/articles";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getSourceFiles().map((file) => ({ file }));
}

/** The raw source of an article, byte for byte as received. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const bytes = readSourceFile((await params).file);
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
