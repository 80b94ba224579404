/**
 * The browser tests' nginx (E2E_SERVER=nginx): deploy/nginx.conf itself, run as a child process by
 * deploy/serve-nginx.ts, so the suite tests what is deployed.
 */
export { startNginx } from "../../deploy/serve-nginx";
