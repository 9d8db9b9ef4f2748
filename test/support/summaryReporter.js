// Prints the last line CI reads: "N passed, N failed" (failed counts failing tests and suites that could not run).
// It is written when the process exits, so it follows Jest's own summary and is truly the last line.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed\n`;
    process.on('exit', () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
