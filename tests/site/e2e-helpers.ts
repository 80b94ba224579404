/**
 * Helpers for the site's browser tests: what the built site should contain comes from the same
 * loader the pages use (so the tests follow the content), and axe runs from node_modules.
 */
import { readFileSync } from "node:fs";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { PageProblems } from "../e2e/harness";

const root = path.resolve(import.meta.dirname, "../..");
export const screenshotDir = path.join(root, "tests/artifacts/screenshots");
mkdirSync(screenshotDir, { recursive: true });

const axeSource = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page (evaluated through the debugger protocol, so the page's CSP does not apply). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`).join(" | ")}`);
}

/** Everything that went wrong on a page, as one list a failing assertion prints in full. */
export function allProblems(p: PageProblems, ignoreConsole: RegExp[] = []): string[] {
  return [
    ...p.consoleErrors.filter((e) => !ignoreConsole.some((re) => re.test(e))).map((e) => `console: ${e}`),
    ...p.pageErrors.map((e) => `page error: ${e}`),
    ...p.cspViolations.map((e) => `csp: ${e}`),
    ...p.foreignRequests.map((e) => `foreign request: ${e}`),
    ...p.dialogs.map((e) => `dialog: ${e}`),
  ];
}

/** Words that belong to the source sites' page chrome; none may reach an archived article. */
export const chromeWords = ["기사 스크랩", "많이 본 뉴스", "클린뷰", "기사 메일전송", "기사수정", "관련자료", "글자크기", "조회수", "댓글"];
