import { homeRoutes } from "@/app/_routes/lists";
import { nextExports } from "@/app/_routes/page-route";

const route = nextExports(homeRoutes("en").first);
export const generateMetadata = route.generateMetadata;
export default route.Page;
