import { topicRoutes } from "@/app/_routes/lists";
import { nextExports } from "@/app/_routes/page-route";

const route = nextExports(topicRoutes("ko").first);
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
