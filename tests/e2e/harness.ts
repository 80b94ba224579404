/**
 * Shared browser-test harness: one chromium (Debian's) and the built site served over loopback.
 * The server is chosen by E2E_SERVER: "static" (the npm `serve` package, as `npm run serve` does)
 * or "nginx" (deploy/nginx.conf, as production does). Tests read the base URL from E2E_BASE_URL,
 * which global-setup.ts sets.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../../scripts/serve/chromium";

export const baseUrl = (): string => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the browser tests through tests/e2e/vitest.config.ts");
  return url;
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** What went wrong on a page that a reader or a security review would care about. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  dialogs: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  close: () => Promise<void>;
}

export interface OpenOptions {
  colorScheme?: "light" | "dark";
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
  permissions?: string[];
}

/** Opens `path` (relative to the site root) in a fresh context that records every problem. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const origin = new URL(baseUrl()).origin;
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    permissions: options.permissions ?? [],
  });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [], dialogs: [] };
  await context.exposeBinding("__reportCspViolation", (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => problems.pageErrors.push(String(err)));
  page.on("dialog", async (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  await page.goto(new URL(path, baseUrl()).toString(), { waitUntil: "networkidle" });
  return { page, context, problems, close: () => context.close() };
}
