import { topicsRoute } from "@/app/_routes/lists";

const route = topicsRoute("ko");
export const metadata = route.metadata;
export default route.Page;
