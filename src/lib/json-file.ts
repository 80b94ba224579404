/**
 * Reading a JSON file against its zod schema, and saying what is wrong with a value, the same way
 * everywhere: the file first, then each failing field as "path: message".
 */
import { readFileSync } from "node:fs";
import type { z } from "zod";

/** A schema's complaints, one "field.path: message" each ("(root)" for the whole value). */
export const describeIssues = (error: z.ZodError): string => error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");

/**
 * The file's value, checked against `schema`. Errors name the file (as `display`, when a shorter
 * name reads better) and say whether it is not JSON or which fields are wrong: "x.json: invalid
 * sidecar: slug: …".
 */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string, display = file): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${display}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${display}: invalid ${what}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
