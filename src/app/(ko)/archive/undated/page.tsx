import { undatedRoutes } from "@/app/_routes/lists";
import { nextExports } from "@/app/_routes/page-route";

const route = nextExports(undatedRoutes("ko").first);
export const generateMetadata = route.generateMetadata;
export default route.Page;
