/**
 * Long computations in slices: a generator yields after each slice of work;
 * the runner goes on until a time budget is spent, then hands the page back
 * (a new task) so input and painting go on, and resumes. Starting a job
 * cancels the one before it.
 */
export interface JobOptions<T> {
  /** Work done synchronously before the first paint (ms). */
  firstBudgetMs?: number;
  /** Work per later task (ms). */
  sliceMs?: number;
  progress?: (done: number) => void;
  done: (result: T) => void;
}

export class JobRunner {
  private token = 0;
  running = false;

  run<T>(gen: Generator<number, T>, o: JobOptions<T>): void {
    const mine = ++this.token;
    this.running = true;
    const step = (budget: number) => {
      if (mine !== this.token) return;
      const deadline = performance.now() + budget;
      for (;;) {
        const r = gen.next();
        if (r.done) {
          this.running = false;
          o.done(r.value);
          return;
        }
        if (performance.now() >= deadline) {
          o.progress?.(r.value);
          setTimeout(() => step(o.sliceMs ?? 12), 0);
          return;
        }
      }
    };
    step(o.firstBudgetMs ?? 20);
  }

  cancel(): void {
    this.token++;
    this.running = false;
  }
}
