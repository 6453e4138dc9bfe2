import { FoundRecords, XML_NAMESPACE, XmlPart, parseXmlPart, recordsFromParts, toXmlParts } from "../model/state";

/**
 * Where the pane's inputs are saved. In Excel: custom XML parts of the
 * workbook (saved with the file, like its cells), one generation per save,
 * the previous generation deleted only once the new one is complete. On a
 * plain page: the browser's localStorage.
 */
export interface Store {
  readonly where: string;
  load(): Promise<FoundRecords>;
  save(key: "form" | "roster", record: string): Promise<void>;
  /** Keeps a record aside (damaged, or not saved over another pane's; never deleted by the pane); resolves with where it is. */
  keepAside(key: "form" | "roster", raw: string, why?: "damaged" | "unsaved"): Promise<string>;
  /** The version stamp of the saved inputs (model/savedRecord.ts), as saved. */
  readStamp(): Promise<string | undefined>;
  writeStamp(stamp: string): Promise<void>;
}

let generationCounter = 0;
/** Generations sort by time of the save (then by a counter within this page). */
export function newGeneration(now = Date.now()): string {
  generationCounter += 1;
  return `${String(now).padStart(15, "0")}-${String(generationCounter).padStart(6, "0")}`;
}

export function workbookStore(): Store {
  return {
    where: "this workbook",
    async load() {
      return Excel.run(async (context) => {
        const found: XmlPart[] = [];
        for (const ns of [XML_NAMESPACE.form, XML_NAMESPACE.roster]) {
          const parts = context.workbook.customXmlParts.getByNamespace(ns);
          parts.load("items/id");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one namespace per request (two namespaces)
          await context.sync();
          // One part per sync: each response stays far below Excel on the web's 5 MB.
          // eslint-disable-next-line office-addins/load-object-before-read -- parts.load("items/id") above loads the items (the rule does not follow a property path)
          for (const item of parts.items) {
            const xml = item.getXml();
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one custom XML part per response: each stays far below Excel on the web's 5 MB
            await context.sync();
            // eslint-disable-next-line office-addins/load-object-before-read -- getXml() returns a ClientResult, whose value is there after the sync (nothing to load)
            const p = parseXmlPart(xml.value);
            if (p) found.push(p);
          }
        }
        return recordsFromParts(found);
      });
    },
    async save(key, record) {
      await Excel.run(async (context) => {
        const old = context.workbook.customXmlParts.getByNamespace(XML_NAMESPACE[key]);
        old.load("items/id");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- old.load("items/id") above loads the items (the rule does not follow a property path)
        const previous = [...old.items];
        for (const xml of toXmlParts(key, record, newGeneration())) {
          context.workbook.customXmlParts.add(xml);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one custom XML part per request: each stays far below Excel on the web's 5 MB
          await context.sync(); // one part per request
        }
        // The new generation is complete: only now the previous one goes.
        for (const item of previous) item.delete();
        await context.sync();
      });
    },
    async keepAside(key, raw, why = "damaged") {
      const aside = `${key}-${why}` as const;
      await Excel.run(async (context) => {
        for (const xml of toXmlParts(aside, raw, newGeneration())) {
          context.workbook.customXmlParts.add(xml);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one custom XML part per request: each stays far below Excel on the web's 5 MB
          await context.sync();
        }
      });
      return `in this workbook's custom XML parts, namespace ${XML_NAMESPACE[aside]}`;
    },
    async readStamp() {
      return Excel.run(async (context) => {
        const parts = context.workbook.customXmlParts.getByNamespace(XML_NAMESPACE.stamp);
        parts.load("items/id");
        await context.sync();
        const xmls = parts.items.map((p) => p.getXml());
        await context.sync();
        const found = xmls.map((x) => parseXmlPart(x.value)).filter((p): p is XmlPart => !!p && p.key === "stamp" && p.of === 1);
        found.sort((a, b) => (a.generation < b.generation ? 1 : -1));
        if (!found.length) return undefined;
        try {
          const v = JSON.parse(found[0].text);
          return typeof v === "string" ? v : "";
        } catch {
          return "";
        }
      });
    },
    async writeStamp(stamp) {
      await Excel.run(async (context) => {
        const old = context.workbook.customXmlParts.getByNamespace(XML_NAMESPACE.stamp);
        old.load("items/id");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- old.load("items/id") above loads the items (the rule does not follow a property path)
        const previous = [...old.items];
        for (const xml of toXmlParts("stamp", stamp, newGeneration())) context.workbook.customXmlParts.add(xml);
        await context.sync();
        for (const item of previous) item.delete();
        await context.sync();
      });
    },
  };
}

const LOCAL_KEYS = { form: "mpwr.taskpane.form.v1", roster: "mpwr.taskpane.roster.v1" } as const;
const LOCAL_STAMP = "mpwr.taskpane.stamp.v1";

/** The partition key Office recommends for localStorage, when there is one. */
function prefix(): string {
  try {
    const key = typeof Office !== "undefined" ? Office.context?.partitionKey : undefined;
    return key ? `${key}:` : "";
  } catch {
    return "";
  }
}

export function browserStore(storage: Storage | undefined = typeof localStorage === "undefined" ? undefined : localStorage): Store {
  return {
    where: "this browser",
    async load() {
      if (!storage) return {};
      const get = (k: string) => storage.getItem(prefix() + k) ?? undefined;
      return { form: get(LOCAL_KEYS.form), roster: get(LOCAL_KEYS.roster) };
    },
    async save(key, record) {
      if (!storage) throw new Error("this browser keeps no local storage for the page");
      storage.setItem(prefix() + LOCAL_KEYS[key], record); // QuotaExceededError reaches the caller, who says so
    },
    async keepAside(key, raw, why = "damaged") {
      if (!storage) throw new Error("this browser keeps no local storage for the page");
      const name = `${LOCAL_KEYS[key]}.${why}.${new Date().toISOString()}`;
      storage.setItem(prefix() + name, raw);
      return `in this browser's local storage as ${name}`;
    },
    async readStamp() {
      return storage?.getItem(prefix() + LOCAL_STAMP) ?? undefined;
    },
    async writeStamp(stamp) {
      storage?.setItem(prefix() + LOCAL_STAMP, stamp);
    },
  };
}
