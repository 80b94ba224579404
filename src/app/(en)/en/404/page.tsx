import { notFoundPage } from "@/app/_routes/shell";

// Written to en/404.html by the postbuild, the page hosts serve for unknown addresses under /en/.
const route = notFoundPage("en");
export const metadata = route.metadata;
export default route.Page;
