import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

// The message scanner: every interface string is a literal first argument of `t(…)` / `ctx.t(…)`,
// so reading the source finds every key without running any page. A call whose first argument is
// not a literal is reported too: its key could never be checked, so it is not allowed.

export interface FoundMessage {
  key: string;
  /** Where the key is used, as `path:line` (the first use). */
  at: string;
}
export interface ScanResult {
  messages: Map<string, FoundMessage>;
  /** `t(` calls whose first argument is not a string literal, as `path:line`. */
  dynamic: string[];
}

// `t(` not preceded by an identifier character (so `split(` or `format(` never match), then a literal.
const CALL = /(?<![\w$])t\(\s*/g;
const LITERAL = /^(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`)/;

function unescape(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e[0] === 'u') return String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16));
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Finds every literal `t('…')` key in one source text (and the calls that are not literal). */
export function scanText(text: string, file: string, into: ScanResult): void {
  for (const m of text.matchAll(CALL)) {
    const start = m.index + m[0].length;
    const line = text.slice(0, m.index).split('\n').length;
    const at = `${file}:${line}`;
    // Mentions in comments (`// … t(…)`, ` * … t(…)`) are not calls.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^\s*(\/\/|\*|\/\*)/.test(text.slice(lineStart, m.index))) continue;
    // A function declaration or type such as `(t: Translate)` is not a call.
    const rest = text.slice(start);
    if (/^\)/.test(rest) || /^[\w$]+\s*[:,)]\s*[A-Z]/.test(rest)) continue;
    const lit = LITERAL.exec(rest);
    if (!lit) {
      into.dynamic.push(at);
      continue;
    }
    const key = unescape(lit[1] ?? lit[2] ?? lit[3] ?? '');
    if (!into.messages.has(key)) into.messages.set(key, { key, at });
  }
}

/** Scans src/**\/*.ts(x) (tests aside) under `root` for interface messages. */
export function scanMessages(root: string): ScanResult {
  const result: ScanResult = { messages: new Map(), dynamic: [] };
  for (const file of sourceFiles(join(root, 'src')).sort()) scanText(readFileSync(file, 'utf8'), relative(root, file), result);
  return result;
}

/** The names of the variables a message uses (`{count, plural, …}` → count), sorted. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        walk(el.children);
        continue;
      }
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const opt of Object.values(el.options)) walk(opt.value);
    }
  };
  walk(parse(message));
  return [...names].sort();
}
