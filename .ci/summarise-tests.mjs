// Prints the one plain line CI reads: "N passed, N failed" over every test project.
import fs from 'node:fs';

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${file}: the test run did not finish.`);
  process.exit(0);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const failedSuites = report.testResults.filter(
  (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
).length;
const skipped = report.numPendingTests + report.numTodoTests;
if (skipped) console.error(`${skipped} skipped`);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests + failedSuites} failed`);
