/**
 * The import graph of the app's own modules (.ts and .svelte), and the cycles in it. No
 * off-the-shelf cycle checker reads a .svelte file's <script> (madge sees none of its
 * imports), so this reads every file with the TypeScript compiler's own import scanner.
 * Type-only and dynamic imports count: a cycle through either still ties two modules together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE_EXTENSIONS = new Set(['.ts', '.svelte']);

/** The module specifiers one file imports; for a .svelte file, its <script> blocks' and its markup's. */
export function importSpecifiers(text: string, file: string): string[] {
  const scan = (code: string) =>
    ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
  if (!file.endsWith('.svelte')) return scan(text);
  const script = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
  const scripts = [...text.matchAll(script)].map((m) => m[1]).join('\n');
  // The markup loads components lazily too: `{#await import('./X.svelte')}`.
  const markup = text.replace(script, '');
  const lazy = [...markup.matchAll(/\bimport\(\s*(['"])([^'"]+)\1\s*\)/g)].map((m) => m[2]!);
  return [...scan(scripts), ...lazy];
}

/** Edges between files: a relative import of a .ts or .svelte file. Packages, virtual modules and styles are not nodes. */
export function importGraph(files: Map<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const targets = importSpecifiers(text, file)
      .filter((s) => s.startsWith('.') && SOURCE_EXTENSIONS.has(extname(s)))
      .map((s) => join(dirname(file), s));
    graph.set(
      file,
      targets.filter((t) => files.has(t)),
    );
  }
  return graph;
}

/**
 * Every cycle's strongly connected set of files (Tarjan), each shown as one concrete loop
 * `a → b → … → a` so the message says which imports to cut.
 */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;

  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfImport = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfImport) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

  return components.map((component) => loopThrough(graph, new Set(component)));
}

/** A shortest loop from the set's first file (alphabetically) back to itself, within the set. */
function loopThrough(graph: Map<string, string[]>, members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** Reads every .ts and .svelte file under `dir`, keyed by its path relative to `root`. */
export function readSources(dir: string, root = process.cwd()): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = resolve(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts'))
        files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(resolve(root, dir));
  return files;
}
