// Checks framework files against the format: `npx tsx scripts/check-framework.ts frameworks/*.json`.
import { readFileSync } from 'node:fs';
import { ratedItems, validateFramework } from '../src/shared/frameworks/validate';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = validateFramework(JSON.parse(readFileSync(file, 'utf8')));
  if (result.ok) {
    const sections = (s: { sections: unknown[] }[]): number =>
      s.reduce((n, x) => n + 1 + sections(x.sections as never), 0);
    console.log(
      `${file}: ok — ${sections(result.framework.sections)} sections, ${ratedItems(result.framework).length} rated items`,
    );
  } else {
    failed = true;
    console.log(`${file}: ${result.issues.length} problems`);
    for (const issue of result.issues.slice(0, 50)) console.log(`  ${issue.path}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
