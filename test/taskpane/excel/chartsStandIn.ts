import { CellArea, areaAddress, overlaps, parseArea } from "../../../src/taskpane/model/chartPlacement";

/**
 * An Excel stand-in for the charts module, with Office.js's rules: reading a
 * property (or isNullObject) needs load() and a sync() first, and what is
 * written or added reaches the workbook only at sync(). Sheets hold "used"
 * areas (values, formulas or formats) and charts; tests read the workbook
 * after Excel.run resolves.
 */
export interface StandInChart {
  name: string;
  type: string;
  seriesBy: string;
  title: { text?: string };
  legend: { position?: string };
  displayBlanksAs?: string;
  axes: { categoryAxis: { title: { text?: string }; numberFormat?: string }; valueAxis: { title: { text?: string }; numberFormat?: string } };
  series: StandInSeries[];
  position?: { start: string; end: string };
  deleted: boolean;
}
export interface StandInSeries {
  name?: string;
  values: string;
  xValues?: string;
  chartType?: string;
  format: { line: { lineStyle?: string } };
}
export interface StandInSheet {
  name: string;
  used: CellArea[];
  charts: StandInChart[];
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} (call load() and sync() first)`);
  }
}

export function makeExcel(sheets: Record<string, string[]>) {
  const book: StandInSheet[] = Object.entries(sheets).map(([name, used]) => ({ name, used: used.map(parseArea), charts: [] }));
  const log = { syncs: 0, queuedAtSync: [] as number[], leftQueued: 0 };
  const sheetOf = (name: string) => {
    const s = book.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  };

  function run<T>(batch: (context: any) => Promise<T>): Promise<T> {
    const queue: Array<() => void> = [];
    const pending: Array<() => void> = [];
    const qualified = (sheet: StandInSheet, a: CellArea) => `${sheet.name}!${areaAddress(a)}`;

    /** A range, or a null object standing for "no used range". */
    function range(sheet: StandInSheet, area: CellArea | undefined) {
      let loaded = false;
      let synced = false;
      const r = {
        _sheet: sheet,
        _area: area,
        load() {
          pending.push(() => (loaded = true));
          return r;
        },
        get isNullObject() {
          if (!synced) throw new NotLoaded("isNullObject");
          return area === undefined;
        },
        get address() {
          if (!loaded) throw new NotLoaded("address");
          if (!area) throw new Error("the object is a null object");
          return qualified(sheet, area);
        },
        get columnIndex() {
          if (!loaded) throw new NotLoaded("columnIndex");
          return (area as CellArea).left;
        },
        get columnCount() {
          if (!loaded) throw new NotLoaded("columnCount");
          return (area as CellArea).right - (area as CellArea).left + 1;
        },
        /** The used cells within this range (their bounding box), or a null object. */
        getUsedRangeOrNullObject(_valuesOnly: boolean) {
          if (!area) throw new Error("null object");
          const hits = sheet.used.filter((u) => overlaps(u, area)).map((u) => ({ top: Math.max(u.top, area.top), left: Math.max(u.left, area.left), bottom: Math.min(u.bottom, area.bottom), right: Math.min(u.right, area.right) }));
          const box = hits.length ? hits.reduce((a, b) => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) })) : undefined;
          return range(sheet, box);
        },
      };
      pending.push(() => (synced = true));
      return r;
    }

    function worksheet(name: string) {
      const sheet = sheetOf(name);
      return {
        getRange: (address: string) => range(sheet, parseArea(address)),
        getUsedRangeOrNullObject(_valuesOnly: boolean) {
          const box = sheet.used.length ? sheet.used.reduce((a, b) => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) })) : undefined;
          return range(sheet, box);
        },
        charts: {
          getItemOrNullObject(chartName: string) {
            let synced = false;
            let found: StandInChart | undefined;
            pending.push(() => {
              synced = true;
              found = sheet.charts.find((c) => c.name === chartName && !c.deleted);
            });
            return {
              get isNullObject() {
                if (!synced) throw new NotLoaded("isNullObject");
                return found === undefined;
              },
              delete() {
                queue.push(() => {
                  if (found) found.deleted = true;
                });
              },
            };
          },
          add(type: string, source: { _sheet: StandInSheet; _area: CellArea }, seriesBy: string) {
            const chart: StandInChart = {
              name: "",
              type,
              seriesBy,
              title: {},
              legend: {},
              axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
              series: [{ values: qualified(source._sheet, source._area), format: { line: {} } }],
              deleted: false,
            };
            queue.push(() => sheet.charts.push(chart));
            const seriesApi = (s: StandInSeries) => ({
              set name(v: string) {
                s.name = v;
              },
              set chartType(v: string) {
                s.chartType = v;
              },
              format: s.format,
              setValues(r: { _sheet: StandInSheet; _area: CellArea }) {
                s.values = qualified(r._sheet, r._area);
              },
              setXAxisValues(r: { _sheet: StandInSheet; _area: CellArea }) {
                s.xValues = qualified(r._sheet, r._area);
              },
            });
            return {
              set name(v: string) {
                chart.name = v;
              },
              set displayBlanksAs(v: string) {
                chart.displayBlanksAs = v;
              },
              title: chart.title,
              legend: chart.legend,
              axes: chart.axes,
              series: {
                getItemAt: (i: number) => seriesApi(chart.series[i]),
                add(name: string) {
                  const s: StandInSeries = { name, values: "", format: { line: {} } };
                  chart.series.push(s);
                  return seriesApi(s);
                },
              },
              setPosition(start: string, end: string) {
                chart.position = { start, end };
              },
            };
          },
        },
      };
    }

    const flush = () => {
      queue.splice(0).forEach((f) => f());
      pending.splice(0).forEach((f) => f());
    };
    const context = {
      workbook: { worksheets: { getItem: worksheet } },
      async sync() {
        log.syncs++;
        log.queuedAtSync.push(queue.length);
        flush();
      },
    };
    // Excel.run sends what is still queued when the batch returns (counted apart: nothing should be left).
    return batch(context).then((result) => {
      log.leftQueued += queue.length;
      flush();
      return result;
    });
  }

  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  return { book, log, sheet: sheetOf, charts: (name: string) => sheetOf(name).charts.filter((c) => !c.deleted) };
}
