// `npm start`: the bot from the bundle in dist/ (scripts/bundle.mjs), bundled first when there is
// none or a source changed since — up to a second with esbuild, no type check (`npm test` and
// `npm run build` check types). Starting from the bundle takes about a second; starting through
// tsx, which compiles and resolves every file at each start, took over two (bench/RESULTS.md).
import { pathToFileURL } from "node:url";
import { bundle, bundleIsStale, DIST_MAIN } from "./bundle.mjs";

if (bundleIsStale()) {
  process.stderr.write("Bundling src/ into dist/ (first start after a change) …\n");
  await bundle();
}
await import(pathToFileURL(DIST_MAIN).href);
