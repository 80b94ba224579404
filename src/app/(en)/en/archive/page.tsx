import { archiveRoute } from "@/app/_routes/lists";
import { nextExports } from "@/app/_routes/page-route";

const route = nextExports(archiveRoute("en"));
export const generateMetadata = route.generateMetadata;
export default route.Page;
