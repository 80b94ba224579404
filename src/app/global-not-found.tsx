import { notFoundPage } from "@/app/_routes/shell";
import { SiteShell } from "@/components/SiteShell";
import { paths } from "@/lib/paths";

// Every unknown address gets this page (404.html); under /en/ hosts serve the English one instead.
const route = notFoundPage("ko");
export const metadata = route.metadata;

export default function GlobalNotFound() {
  return (
    <SiteShell lang="ko" switchTo={paths.notFound("en")}>
      <route.Page />
    </SiteShell>
  );
}
