import { archiveRoute } from "@/app/_routes/lists";

const route = archiveRoute("ko");
export const metadata = route.metadata;
export default route.Page;
