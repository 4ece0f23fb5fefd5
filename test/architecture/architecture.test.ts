// The shape of the code, held by a test: a pure core, pure renderers, edges that alone touch
// the outside world, no import cycles, and files and functions small enough to read at once.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

interface SourceFacts {
  file: string;
  lines: number;
  /** Every module named in an import, export … from, or import(). */
  imports: Array<{ specifier: string; typeOnly: boolean }>;
  /** Lines of `process.` use. */
  processUses: number[];
  functions: Array<{ name: string; line: number; lines: number }>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function factsOf(path: string): SourceFacts {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const facts: SourceFacts = { file: relative(SRC, path), lines: text.split('\n').length, imports: [], processUses: [], functions: [] };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      facts.imports.push({ specifier: node.moduleSpecifier.text, typeOnly });
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) facts.imports.push({ specifier: arg.text, typeOnly: false });
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      facts.imports.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process') {
      facts.processUses.push(lineOf(node.getStart()));
    }
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = lineOf(node.getStart());
      const lines = lineOf(node.getEnd()) - start + 1;
      const name = 'name' in node && node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      facts.functions.push({ name, line: start, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

const files = sourceFiles(SRC).map(factsOf);
const area = (f: SourceFacts) => f.file.split('/')[0]!;
const resolveImport = (from: SourceFacts, specifier: string) =>
  specifier.startsWith('.') ? relative(SRC, resolve(SRC, dirname(from.file), specifier)).replace(/\.js$/, '.ts') : null;

/** Where the outside world (files, processes, network, the terminal's process object) may be touched. */
const EDGES = new Set(['io', 'cli', 'server', 'build']);
const OUTSIDE_WORLD = /^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram|os)$/;

/**
 * Violations that predate this test and are being worked off. A ratchet: a new violation fails,
 * and so does an entry here that no longer occurs, so the list can only shrink.
 */
const KNOWN: ReadonlySet<string> = new Set([
]);
const seen = new Set<string>();

/** The violations a rule finds, less the known ones (which are noted as still seen). */
function violations(rule: (f: SourceFacts) => string[]): string[] {
  return unknown(files.flatMap(rule));
}

function unknown(found: string[]): string[] {
  for (const v of found) if (KNOWN.has(v)) seen.add(v);
  return found.filter((v) => !KNOWN.has(v));
}

describe('architecture', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.file === 'core/scoring.ts')).toBe(true);
  });

  it('core imports only zod and other core modules', () => {
    const bad = violations((f) =>
      area(f) !== 'core'
        ? []
        : f.imports
            .filter(({ specifier }) => {
              const target = resolveImport(f, specifier);
              return target === null ? !/^zod(\/|$)/.test(specifier) : !target.startsWith('core/');
            })
            .map(({ specifier }) => `${f.file} imports ${specifier}`),
    );
    expect(bad).toEqual([]);
  });

  it('only the edges (io, cli, server, build) touch files, processes, the network or process.*', () => {
    const bad = violations((f) =>
      EDGES.has(area(f))
        ? []
        : [
            ...f.imports.filter(({ specifier, typeOnly }) => !typeOnly && OUTSIDE_WORLD.test(specifier)).map(({ specifier }) => `${f.file} imports ${specifier}`),
            ...f.processUses.map((line) => `${f.file}:${line} uses process`),
          ],
    );
    expect(bad).toEqual([]);
  });

  it('render is pure: it imports nothing from io or cli', () => {
    const bad = violations((f) =>
      area(f) !== 'render'
        ? []
        : f.imports
            .filter(({ specifier }) => /^(io|cli|server)\//.test(resolveImport(f, specifier) ?? ''))
            .map(({ specifier }) => `${f.file} imports ${specifier}`),
    );
    expect(bad).toEqual([]);
  });

  it('prompts import nothing from render', () => {
    const bad = violations((f) =>
      area(f) !== 'prompts'
        ? []
        : f.imports.filter(({ specifier }) => (resolveImport(f, specifier) ?? '').startsWith('render/')).map(({ specifier }) => `${f.file} imports ${specifier}`),
    );
    expect(bad).toEqual([]);
  });

  it('has no import cycles, counting type imports', () => {
    const graph = new Map(files.map((f) => [f.file, f.imports.map(({ specifier }) => resolveImport(f, specifier)).filter((t): t is string => t !== null)]));
    expect(unknown(cycles(graph).map((c) => `cycle: ${c.join(', ')}`))).toEqual([]);
  });

  it(`no file is over ${MAX_FILE_LINES} lines`, () => {
    expect(unknown(files.filter((f) => f.lines > MAX_FILE_LINES).map((f) => `${f.file}: ${f.lines} lines`))).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((f) => f.functions.filter((fn) => fn.lines > MAX_FUNCTION_LINES).map((fn) => `${f.file}:${fn.line} ${fn.name}: ${fn.lines} lines`));
    expect(unknown(long)).toEqual([]);
  });

  it('every known violation still occurs (fixed ones must leave the KNOWN list)', () => {
    expect([...KNOWN].filter((v) => !seen.has(v))).toEqual([]);
  });
});

/** Strongly connected components of more than one module (Tarjan), each as a sorted list. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!indexOf.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) connect(node);
  return found;
}
