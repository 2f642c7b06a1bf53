// Writes each jest run's totals where tools/testing/run-all.ts sums them up. Nx may
// replay a cached test run, in which case its totals come from the cache's copy.
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

class ResultsFileReporter {
  constructor(globalConfig) {
    this.name = globalConfig.rootDir ? path.basename(globalConfig.rootDir) : 'jest';
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.JEST_RESULTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } = results;
    writeFileSync(
      path.join(dir, `${this.name}-${process.pid}.json`),
      JSON.stringify({ numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites }),
    );
  }
}

module.exports = ResultsFileReporter;
