/**
 * `npm run test:loaded`: runs `npm test` while two background processes keep the CPU
 * busy, as on a shared CI runner or a laptop doing something else. The suite must pass
 * this way too; a test that fails only here is waiting on a clock instead of on what the
 * user would wait for. Extra arguments go to `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const HOGS = 2;
// Each hog is a plain busy loop in its own Node process.
const hogs: ChildProcess[] = Array.from({ length: HOGS }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = () => hogs.forEach((hog) => hog.kill());
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

console.log(
  `test:loaded: ${HOGS} busy processes running (pids ${hogs.map((h) => h.pid).join(', ')})`,
);
const started = Date.now();
const test = spawn(
  'npm',
  ['test', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])],
  { stdio: 'inherit' },
);
test.on('exit', (code) => {
  console.log(
    `test:loaded: npm test exited ${code} after ${Math.round((Date.now() - started) / 1000)} s`,
  );
  process.exit(code ?? 1);
});
