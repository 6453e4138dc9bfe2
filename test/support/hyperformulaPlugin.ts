/**
 * The add-in's custom functions as a HyperFormula function plugin, so tests and
 * the benchmark can evaluate formulas the way analysts type them
 * (`=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))`) through the very adapters Excel
 * calls (normally the built dist/functions.js, see test/support/dist.ts).
 *
 * Integration notes (HyperFormula 3.5.0):
 * - Dots in function names: the lexer accepts them (`[A-Za-z…][A-Za-z…0-9_.]*\(`,
 *   the same rule that parses NORM.DIST), so each function is registered under
 *   the id `MPWR.<ID>`. HyperFormula only recognises a custom function once its
 *   name is in the language's translation table: without it a formula gives
 *   `#NAME?` ("Function name MPWR.X not recognized"). The supported way is the
 *   second argument of `HyperFormula.registerFunctionPlugin(plugin, translations)`;
 *   we register the identity translation `MPWR.X → MPWR.X` for every registered
 *   language (enGB is the default).
 * - Arguments are evaluated here, not through `FunctionPlugin.runFunction`:
 *   runFunction turns an empty argument (`=F(A1,,C1:D3)`) into a 1×1 range of
 *   an empty cell for RANGE parameters and coerces types, while Excel hands the
 *   function `null` for an omitted argument and the raw cell values otherwise.
 *   What the adapter receives, as Excel would send it:
 *     omitted trailing argument → not passed (undefined); empty argument → null;
 *     empty cell → null (Excel on the web); date/currency/percent numbers → plain
 *     numbers; a range → a 2-D array (rows); a scalar given to a `matrix`
 *     parameter → a 1×1 array (Excel does the same).
 *   An error value in an argument (a scalar or any cell of a range) is returned
 *   as the result without calling the function, like Excel does for built-ins.
 *   The parameter metadata still declares the types (`matrix` → RANGE, else ANY,
 *   optional → optionalArg) so HyperFormula's function list shows them.
 * - A thrown CustomFunctions.Error becomes a CellError with the matching type
 *   (#VALUE! → VALUE, #NUM! → NUM, #N/A → NA, …) and the same message. Anything
 *   else thrown becomes ErrorType.ERROR with "not a CustomFunctions.Error" in
 *   the message, so a test can tell it apart.
 * - Spills: HyperFormula fixes an array formula's size when the formula is
 *   entered (`sizeOfResultArrayMethod`, called at parse time, before any formula
 *   is evaluated). For a `matrix` result we evaluate the arguments there and call
 *   the function to learn the shape (literal cells and constants are readable at
 *   that point; a reference to a formula cell is not — then we assume the shape
 *   of the first range argument, else 1×1). The result computed for the size is
 *   reused by the first evaluation when the arguments are unchanged.
 *   When a later recalculation produces a larger array than the reserved area,
 *   the formula gives #SPILL! with a message (HyperFormula cannot grow an array
 *   in place and would throw); a smaller one is padded with empty cells. Re-enter
 *   the formula (setCellContents) to resize. Shapes that follow the input range
 *   (OPTEX_NEWSHARES) always fit.
 * - Array arithmetic (`=FLOOR(A1:A9*0.75,1)` as one spill) needs the engine
 *   option `useArrayArithmetic: true`.
 */
import {
  ArraySize,
  CellError,
  ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  FunctionPluginDefinition,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import type { CustomFunctionsStandIn } from "./customFunctions";
import type { FunctionMetadata } from "./dist";

export const NAMESPACE = "MPWR";
export const LICENSE_KEY = "gpl-v3";

type Fn = (...args: unknown[]) => unknown;
type AnyAst = { type: string; args?: AnyAst[] };
// A function call's AST as HyperFormula passes it to a plugin method; typed loosely on purpose.
type Ast = { type: string; procedureName?: string; args: AnyAst[] };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** The HyperFormula error for something a custom function threw. */
export function cellErrorFromThrown(e: unknown): CellError {
  const err = e as { name?: string; code?: unknown; message?: unknown };
  if (err && err.name === "CustomFunctions.Error" && typeof err.code === "string") {
    return new CellError(ERROR_TYPES[err.code] ?? ErrorType.ERROR, String(err.message ?? ""));
  }
  return new CellError(ErrorType.ERROR, `not a CustomFunctions.Error: ${err && err.message !== undefined ? String(err.message) : String(e)}`);
}

/** HyperFormula's internal value → what Excel hands a custom function. */
function toExcelValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v !== null && typeof v === "object" && typeof (v as { val?: unknown }).val === "number") return (v as { val: number }).val; // DateNumber etc.
  return v;
}

function toHfValue(v: unknown): unknown {
  if (v === null || v === undefined) return EmptyValue;
  return v;
}

/** Evaluated arguments, or the first error among them. */
type Args = { values: unknown[] } | { error: CellError };

/** Deep equality of evaluated arguments (numbers, strings, booleans, null, arrays). */
function sameArgs(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || !sameArgs(x, y)) return false;
    } else if (!Object.is(x, y)) return false;
  }
  return true;
}

function shapeOf(result: unknown): [number, number] | undefined {
  if (!Array.isArray(result) || result.length === 0 || !Array.isArray(result[0])) return undefined;
  let width = 0;
  for (const r of result) width = Math.max(width, Array.isArray(r) ? r.length : 1); // no spread: spills of a million rows
  return [result.length, width];
}

export interface MpwrPlugin {
  plugin: FunctionPluginDefinition;
  /** `{ enGB: { "MPWR.X": "MPWR.X", … }, … }` for registerFunctionPlugin. */
  translations: Record<string, Record<string, string>>;
  /** HyperFormula function names, `MPWR.<ID>`, in functions.json order. */
  names: string[];
}

/**
 * Builds a plugin class with one method per function of functions.json, each
 * calling `cf.registered.get(id)` (the adapters of dist/functions.js or of src).
 */
export function createMpwrPlugin(cf: CustomFunctionsStandIn, functions: FunctionMetadata[]): MpwrPlugin {
  const implementedFunctions: ImplementedFunctions = {};
  const methods: Record<string, (this: FunctionPlugin, ast: Ast, state: unknown) => unknown> = {};
  const names: string[] = [];

  for (const meta of functions) {
    const name = `${NAMESPACE}.${meta.id}`;
    const method = `mpwr_${meta.id}`;
    const fn = cf.registered.get(meta.id.toUpperCase()) as Fn | undefined;
    if (!fn) throw new Error(`${meta.id} is in functions.json but not registered by CustomFunctions.associate`);
    const params = meta.parameters;
    const matrixParam = params.map((p) => p.dimensionality === "matrix");
    const repeating = params.length > 0 && params[params.length - 1].repeating === true;
    const required = params.filter((p) => !p.optional).length;
    const spills = meta.result.dimensionality === "matrix";
    // Size phase → first evaluation: the result computed to learn the shape.
    const memo = new WeakMap<object, { values: unknown[]; result: unknown }>();

    const evaluateArgs = (plugin: FunctionPlugin, ast: Ast, state: unknown): Args => {
      const values: unknown[] = [];
      const evaluate = (plugin as unknown as { evaluateAst: (a: unknown, s: unknown) => unknown }).evaluateAst.bind(plugin);
      for (let i = 0; i < ast.args.length; i++) {
        const argAst = ast.args[i];
        if (argAst.type === "EMPTY") {
          values.push(null);
          continue;
        }
        const v = evaluate(argAst, state);
        if (v instanceof CellError) return { error: v };
        if (v instanceof SimpleRangeValue) {
          const rows: unknown[][] = [];
          for (const row of v.data) {
            const out: unknown[] = new Array(row.length);
            for (let j = 0; j < row.length; j++) {
              const c = row[j];
              if (c instanceof CellError) return { error: c };
              out[j] = toExcelValue(c);
            }
            rows.push(out);
          }
          values.push(rows);
        } else {
          const scalar = toExcelValue(v);
          values.push(matrixParam[Math.min(i, params.length - 1)] && scalar !== null ? [[scalar]] : scalar);
        }
      }
      return { values };
    };

    const call = (values: unknown[]): { result: unknown } | { error: CellError } => {
      try {
        return { result: fn(...values) };
      } catch (e) {
        return { error: cellErrorFromThrown(e) };
      }
    };

    const toResult = (plugin: FunctionPlugin, ast: Ast, state: unknown, result: unknown): unknown => {
      if (Array.isArray(result)) {
        const shape = shapeOf(result);
        if (!shape) return new CellError(ErrorType.VALUE, `${name} returned an empty or malformed array`);
        const [h, w] = shape;
        const data = result.map((row: unknown) => {
          const cells = Array.isArray(row) ? row : [row];
          const out = cells.map(toHfValue);
          while (out.length < w) out.push(EmptyValue);
          return out;
        });
        // Never return more than the area reserved when the formula was entered.
        const address = (state as { formulaAddress?: unknown }).formulaAddress;
        const graph = (plugin as unknown as { dependencyGraph: { getCell: (a: unknown) => unknown } }).dependencyGraph;
        const vertex = address ? (graph.getCell(address) as { formula?: unknown; width?: number; height?: number } | undefined) : undefined;
        if (vertex && vertex.formula === ast && typeof vertex.width === "number" && typeof vertex.height === "number") {
          if (h > vertex.height || w > vertex.width) {
            return new CellError(
              ErrorType.SPILL,
              `${name}: the result is ${h}×${w}, larger than the ${vertex.height}×${vertex.width} area reserved when the formula was entered; re-enter the formula`,
            );
          }
        }
        return SimpleRangeValue.onlyValues(data as never);
      }
      if (typeof result === "number" && !Number.isFinite(result)) return new CellError(ErrorType.NUM, `${name} returned ${result}`);
      if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
      if (result === null || result === undefined) return new CellError(ErrorType.VALUE, `${name} returned ${String(result)}`);
      return new CellError(ErrorType.VALUE, `${name} returned an unexpected ${typeof result}`);
    };

    methods[method] = function (this: FunctionPlugin, ast: Ast, state: unknown): unknown {
      const argc = ast.args.length;
      if (argc < required || (!repeating && argc > params.length)) {
        return new CellError(ErrorType.NA, `Wrong number of arguments for ${name}: ${argc}`);
      }
      const args = evaluateArgs(this, ast, state);
      if ("error" in args) return args.error;
      const cached = spills ? memo.get(ast) : undefined;
      if (cached) memo.delete(ast);
      const out = cached && sameArgs(cached.values, args.values) ? { result: cached.result } : call(args.values);
      if ("error" in out) return out.error;
      return toResult(this, ast, state, out.result);
    };

    const metadata: ImplementedFunctions[string] = {
      method,
      vectorizationForbidden: true,
      parameters: params.map((p) => ({
        argumentType: p.dimensionality === "matrix" ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
      ...(repeating ? { repeatLastArgs: 1 } : {}),
    };

    if (spills) {
      const sizeMethod = `${method}_size`;
      metadata.sizeOfResultArrayMethod = sizeMethod;
      methods[sizeMethod] = function (this: FunctionPlugin, ast: Ast, state: unknown): ArraySize {
        const argc = ast.args.length;
        if (argc < required || (!repeating && argc > params.length)) return ArraySize.scalar();
        let args: Args;
        try {
          args = evaluateArgs(this, ast, state);
        } catch {
          // A referenced formula cell is not computed yet: guess the first range argument's shape.
          const k = ast.args.findIndex((a, i) => matrixParam[Math.min(i, params.length - 1)] && a.type !== "EMPTY");
          if (k < 0) return ArraySize.scalar();
          const s = (this as unknown as { arraySizeForAst: (a: unknown, st: unknown) => ArraySize }).arraySizeForAst(ast.args[k], state);
          return new ArraySize(s.width, s.height);
        }
        if ("error" in args) return ArraySize.scalar();
        const out = call(args.values);
        if ("error" in out) return ArraySize.scalar();
        const shape = shapeOf(out.result);
        if (!shape) return ArraySize.scalar();
        memo.set(ast, { values: args.values, result: out.result });
        return new ArraySize(shape[1], shape[0]);
      };
    }

    implementedFunctions[name] = metadata;
    names.push(name);
  }

  class MpwrFunctions extends FunctionPlugin {
    static implementedFunctions = implementedFunctions;
  }
  for (const [m, f] of Object.entries(methods)) {
    Object.defineProperty(MpwrFunctions.prototype, m, { value: f, writable: true, configurable: true });
  }

  const identity = Object.fromEntries(names.map((n) => [n, n]));
  const translations = Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, identity]));
  return { plugin: MpwrFunctions as unknown as FunctionPluginDefinition, translations, names };
}

/** Registers the add-in's functions globally in HyperFormula (replacing an earlier registration). */
export function registerMpwrFunctions(cf: CustomFunctionsStandIn, functions: FunctionMetadata[]): MpwrPlugin {
  const mp = createMpwrPlugin(cf, functions);
  for (const old of HyperFormula.getAllFunctionPlugins()) {
    if ((old as { name?: string }).name === "MpwrFunctions") HyperFormula.unregisterFunctionPlugin(old);
  }
  HyperFormula.registerFunctionPlugin(mp.plugin, mp.translations);
  return mp;
}

/** Engine options used by the tests and the benchmark. */
export const ENGINE_OPTIONS: Partial<ConfigParams> = { licenseKey: LICENSE_KEY, useArrayArithmetic: true };

/** A one-sheet workbook (rows of raw cell contents: values or "=formulas"). */
export function buildSheet(rows: unknown[][], options: Partial<ConfigParams> = {}): HyperFormula {
  return HyperFormula.buildFromArray(rows as never, { ...ENGINE_OPTIONS, ...options });
}
