/** The CLI as `bin/budget-check.js` runs it, from the bench build (so the bench measures this tree's code). */
import { main } from '../src/cli/main';

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`budget-check: ${e && e.message ? e.message : e}\n`);
  process.exit(2);
});
