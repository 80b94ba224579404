import { monthRoute } from "@/app/_routes/lists";

const route = monthRoute("ko");
export const dynamicParams = false;
export const generateStaticParams = route.params;
export const generateMetadata = route.metadata;
export default route.Page;
