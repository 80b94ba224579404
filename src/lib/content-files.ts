/**
 * Content files are data the archive publishes, so each must be what it seems: a regular file
 * inside its folder. A symbolic link (to .git/config, to a file outside the repository), a device
 * or a folder is refused with an error that names it, never followed.
 */
import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import path from "node:path";

/** Throws unless `dir/name` is a regular file that lies inside `dir`; `display` names it in the error. */
export function assertRegularFileIn(dir: string, name: string, display: string = path.join(dir, name)): void {
  const file = path.join(dir, name);
  const stat = lstatSync(file);
  if (stat.isSymbolicLink()) {
    throw new Error(`${display}: is a symbolic link (to ${readlinkSync(file)}); copy the file in instead, links are never followed`);
  }
  if (!stat.isFile()) throw new Error(`${display}: is not a regular file (a folder, device, pipe or socket)`);
  const real = realpathSync(file);
  const inside = realpathSync(dir) + path.sep;
  if (!real.startsWith(inside)) throw new Error(`${display}: lies outside ${dir} (${real})`);
}
