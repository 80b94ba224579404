import { undatedRoutes } from "@/app/_routes/lists";
import { nextExports } from "@/app/_routes/page-route";

const route = nextExports(undatedRoutes("en").paged);
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
