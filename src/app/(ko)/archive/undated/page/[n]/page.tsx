import { undatedRoute } from "@/app/_routes/lists";

const route = undatedRoute("ko");
export const dynamicParams = false;
export const generateStaticParams = route.pagedParams;
export const generateMetadata = route.metadata;
export default route.Page;
