import { articleRoute } from "@/app/_routes/article";
import { nextExports } from "@/app/_routes/page-route";

const route = nextExports(articleRoute);
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
