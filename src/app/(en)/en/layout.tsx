import { languageLayout, shellMetadata, shellViewport } from "@/app/_routes/shell";

export const metadata = shellMetadata("en");
export const viewport = shellViewport;
export default languageLayout("en");
