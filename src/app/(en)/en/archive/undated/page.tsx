import { undatedRoute } from "@/app/_routes/lists";

const route = undatedRoute("en");
export const generateMetadata = route.metadata;
export default route.Page;
