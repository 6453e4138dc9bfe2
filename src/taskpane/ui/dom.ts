/**
 * DOM helpers. Text only ever goes in through textContent or attributes:
 * nothing a user types is parsed as HTML (no innerHTML anywhere in the pane).
 */
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === "class") el.className = String(value);
    else if (name === "text") el.textContent = String(value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

let counter = 0;
/** A document-unique id for label/aria wiring. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A simple table: caption, column headers, rows of text. */
export function textTable(caption: string, header: readonly string[], rows: readonly (readonly string[])[], attrs: Attrs = {}): HTMLTableElement {
  const table = h("table", { class: "grid", ...attrs });
  const cap = h("caption", { text: caption });
  table.appendChild(cap);
  const head = table.createTHead().insertRow();
  for (const label of header) head.appendChild(h("th", { scope: "col", text: label }));
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell;
  }
  return table;
}
