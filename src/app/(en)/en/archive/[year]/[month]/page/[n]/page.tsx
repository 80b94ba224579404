import { monthRoute } from "@/app/_routes/lists";

const route = monthRoute("en");
export const dynamicParams = false;
export const generateStaticParams = route.pagedParams;
export const generateMetadata = route.metadata;
export default route.Page;
