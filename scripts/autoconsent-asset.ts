// DuckDuckGo's autoconsent (MPL-2.0), shipped in the extension as the package
// builds it for extensions: its content-script bundle (injected into the
// audited tab's frames by the popup's consent actions) and its rules (sent to
// that script by the background), with the licence.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AUTOCONSENT_FILES } from '../lib/core/consent-actions/engine.ts';

const require = createRequire(import.meta.url);

/** Files for WXT's build:publicAssets hook. */
export function autoconsentPublicFiles(): { relativeDest: string; contents: string }[] {
  const rulesFile = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
  const pkg = join(dirname(rulesFile), '..');
  const rules = JSON.parse(readFileSync(rulesFile, 'utf8')) as { autoconsent: unknown[] };
  return [
    {
      relativeDest: AUTOCONSENT_FILES.content.slice(1),
      contents: readFileSync(join(pkg, 'dist', 'addon-mv3', 'content.bundle.js'), 'utf8'),
    },
    {
      relativeDest: AUTOCONSENT_FILES.rules.slice(1),
      contents: JSON.stringify({ autoconsent: rules.autoconsent }),
    },
    { relativeDest: 'autoconsent/LICENSE', contents: readFileSync(join(pkg, 'LICENSE'), 'utf8') },
  ];
}
