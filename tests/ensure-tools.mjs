// What the tests need beyond npm, from Debian's packages (Playwright cannot download a browser
// here): Chromium for the browser tests, and imbalanced-learn with pandas so the "Copy as Python"
// test runs the generated code for real. Installed only when missing.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const missing = [];
if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
const python = spawnSync('/usr/bin/python3', ['-c', 'import imblearn, pandas'], {
  stdio: 'ignore',
});
if (python.status !== 0) missing.push('python3-imblearn', 'python3-pandas');

if (missing.length > 0) {
  console.log(`Installing Debian packages for the tests: ${missing.join(', ')}…`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    { stdio: 'inherit' },
  );
}
