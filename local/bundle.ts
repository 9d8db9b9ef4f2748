// Loads a built Apps Script bundle (dist/<target>/Code.js) into a bare node:vm context, as Apps Script would run it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

/** The repository root: the nearest folder above this file holding package.json (works from src and from dist). */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export function bundlePath(target: string): string {
  return join(ROOT, 'dist', target, 'Code.js');
}

export function bundleSource(target: string): string {
  return readFileSync(bundlePath(target), 'utf8');
}

/** The global names of a fresh, empty context (JavaScript built-ins), to tell apart what a bundle defines. */
export function builtinGlobals(): Set<string> {
  return new Set(Object.getOwnPropertyNames(vm.runInNewContext('globalThis')));
}

/**
 * Runs the bundle in a new context holding only the given Apps Script globals (services, Logger…): no `require`,
 * `process`, `window` or timers. Returns the context, whose properties are the bundle's top-level functions.
 */
export function loadBundle(target: string, appsScriptGlobals: Record<string, unknown> = {}): vm.Context & Record<string, any> {
  const context = vm.createContext({ ...appsScriptGlobals });
  vm.runInContext(bundleSource(target), context, { filename: `${target}/Code.js` });
  return context;
}
