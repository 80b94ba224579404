import { languageLayout, shellMetadata, shellViewport } from "@/app/_routes/shell";

export const metadata = shellMetadata("ko");
export const viewport = shellViewport;
export default languageLayout("ko");
