import { ArticleLayout, articleLayoutMetadata } from "@/app/_routes/article";
import { shellViewport } from "@/app/_routes/shell";

export const generateMetadata = articleLayoutMetadata;
export const viewport = shellViewport;
export default ArticleLayout;
