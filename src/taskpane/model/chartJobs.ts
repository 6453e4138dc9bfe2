import { isInputError } from "../../calc/core/errors";
import { ChartProblem, ChartResult } from "../charts/model/types";

/**
 * A figure of the pane as the tab's inputs stand: a key that changes exactly
 * when the chart would (the pane computes a chart only when its key changed),
 * and either a problem to show at once (an input to enter or fix) or the
 * steps that compute the chart (a generator the pane runs in slices).
 */
export interface ChartJob {
  key: string;
  chart: ChartProblem | (() => Generator<number, ChartResult>);
}

export const isReady = (chart: ChartJob["chart"]): chart is ChartProblem => typeof chart !== "function";

/** A field of the form a chart needs: its visible label, whether it is empty, whether it is invalid. */
export interface Need {
  label: string;
  empty: boolean;
  bad: boolean;
}

/** "As-of / event date" → "as-of / event date" (a label inside a sentence; acronyms stay). */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

function list(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/**
 * What to say while a chart's inputs are missing or invalid, or undefined when
 * they are all valid: "Enter the … above" when they are only empty, else
 * "Fix the … above", to draw `what`.
 */
export function needsMessage(needs: readonly Need[], what: string, where = "above"): string | undefined {
  const bad = needs.filter((n) => n.bad);
  if (!bad.length) return undefined;
  const names = list(bad.map((n) => `the ${inSentence(n.label)}`));
  return `${bad.every((n) => n.empty) ? "Enter" : "Fix"} ${names} ${where} to draw ${what}.`;
}

/**
 * The steps of a chart, with the calc's answer to inputs it cannot chart (an
 * InputError, e.g. no COMMON row to receive the rest of an exit) turned into
 * the figure's problem, labelled `label`. Anything else is a bug and is thrown.
 */
export function* guarded(id: string, title: string, label: string, steps: () => Generator<number, ChartResult>): Generator<number, ChartResult> {
  try {
    return yield* steps();
  } catch (e) {
    if (!isInputError(e)) throw e;
    return { id, title, problem: `${label}: ${e.detail}` };
  }
}

/** A chart computed in one step. */
export function* oneStep(f: () => ChartResult): Generator<number, ChartResult> {
  yield 0;
  return f();
}
