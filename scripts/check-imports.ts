/** `npm run lint` step: fails when an import cycle appears among the modules under src/. */
import { importCycles, importGraph, readSources } from './import-graph.ts';

const graph = importGraph(readSources('src'));
const cycles = importCycles(graph);
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s) in src/; cut one import in each:`);
  for (const loop of cycles) console.error(`  ${loop.join(' → ')}`);
  process.exit(1);
}
const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
console.log(`imports OK: ${graph.size} modules, ${edges} imports, no cycle`);
