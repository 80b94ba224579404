import { homeRoute } from "@/app/_routes/lists";

const route = homeRoute("ko");
export const dynamicParams = false;
export const generateStaticParams = route.params;
export const generateMetadata = route.metadata;
export default route.Page;
