import { searchRoute } from "@/app/_routes/lists";

const route = searchRoute("ko");
export const metadata = route.metadata;
export default route.Page;
