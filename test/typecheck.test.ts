// TypeScript strict over every project (Apps Script sources, tests and runtime, the sidebar): a type error fails a test.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../local/bundle';

test.each(['tsconfig.json', 'tsconfig.test.json', 'tsconfig.ui.json'])('%s type-checks', (config) => {
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', config, '--noEmit'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(output).toBe('');
}, 120000);
