// Loads a built Apps Script bundle (dist/<target>/Code.js) into a bare node:vm context, as Apps Script would run it,
// through gas-local (the loader the client's design card names): it reads the project folder's .js files into
// vm.createContext(globalObject) in directory order, which for our one-file projects is push order too.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import gasLocal from 'gas-local';

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
  return loadBundleInto(target, vm.createContext({ ...appsScriptGlobals }));
}

/**
 * Runs the bundle in `context`, which holds the runtime's services (gas-local's own mocks are toys: its
 * Utilities.formatDate ignores time zones). An object already contextified is used as it is, so the caller can take
 * the context's own Date and Array (its realm) before the bundle runs.
 */
export function loadBundleInto<T extends vm.Context>(target: string, context: T): T & Record<string, any> {
  return gasLocal.require(dirname(bundlePath(target)), context, { filter: (f: string) => basename(f) === 'Code.js' }) as T & Record<string, any>;
}
