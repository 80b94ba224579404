import { ArticlePage, articleMetadata, articleParams } from "@/app/_routes/article";

export const dynamicParams = false;
export const generateStaticParams = articleParams;
export const generateMetadata = articleMetadata;
export default ArticlePage;
