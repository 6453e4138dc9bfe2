/**
 * A chart computed a step at a time: the generator yields a count of the work
 * done after each step and returns the chart. The pane drives such generators
 * within a time budget per task (src/taskpane/model/jobs.ts); Node and the tests
 * run them to the end at once.
 */
export function runSteps<T>(steps: Generator<number, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
