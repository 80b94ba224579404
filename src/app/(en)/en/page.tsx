import { homeRoute } from "@/app/_routes/lists";

const route = homeRoute("en");
export const generateMetadata = route.metadata;
export default route.Page;
