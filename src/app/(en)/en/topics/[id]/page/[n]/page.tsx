import { topicRoute } from "@/app/_routes/lists";

const route = topicRoute("en");
export const dynamicParams = false;
export const generateStaticParams = route.pagedParams;
export const generateMetadata = route.metadata;
export default route.Page;
