/*
 * An in-page stand-in for office.js inside Excel, served in place of the CDN
 * office.js by the e2e tests, and loaded in Node by the unit tests
 * (test/taskpane/excel/standIn.ts). Office.onReady → host Excel, and an
 * Excel.run over a workbook of worksheets ("Sheet1" at first):
 * - ranges: getRange (A1, "A:C" columns), getCell, getResizedRange,
 *   getOffsetRange, getUsedRangeOrNullObject, values / formulas /
 *   numberFormat (null in a 2-D array leaves that cell as it is), address,
 *   rowIndex, columnIndex, rowCount, columnCount, clear, format (font bold,
 *   italic, size, color; fill color; columnWidth; wrapText;
 *   verticalAlignment; autofitColumns, autofitRows), dataValidation (rule,
 *   prompt, errorAlert, ignoreBlanks), getSpillParentOrNullObject;
 * - worksheets: add, getItem, getItemOrNullObject, getActiveWorksheet,
 *   items, activate, delete, tables.add, charts (add, getItemOrNullObject,
 *   series, axes, titles, setPosition), freezePanes.freezeRows, pageLayout
 *   (setPrintArea, setPrintTitleRows, orientation, zoom), protection;
 * - the workbook: names (add, getItemOrNullObject, delete; one namespace
 *   with the Tables), tables.getItemOrNullObject, getSelectedRange,
 *   customXmlParts (add, getByNamespace, getXml, delete);
 * - Office.context.requirements.isSetSupported.
 * Like Office.js, property reads need load() + sync() first, and writes are
 * queued and reach the workbook only at sync(); a failed action rejects the
 * sync (actions before it stay done). As Excel does, a string written to
 * `values` or `formulas` starting with "=" becomes a formula and one that
 * reads as a number becomes a number, unless the cell's format is Text (@).
 * Each sync logs the size of the request it stands for (the JSON of the
 * values it carries plus a fixed cost per action), so tests can check every
 * request stays under a bound. The custom XML parts live in sessionStorage:
 * they survive a reload of the page, as they survive closing and reopening a
 * saved workbook. The test drives it through window.__fakeExcel.
 */
(function () {
  "use strict";
  var ACTION_BYTES = 100; // what Office.js adds per action, roughly
  var MAX_ROWS = 1048576;
  var syncDelayMs = 0;
  var PARTS_KEY = "__fakeExcelCustomXmlParts";
  var log = [];
  var requirement = { ExcelApi: "1.17" };
  var failAfter = -1; // syncs to let through before one fails (a lost connection); -1: none fails
  var book;

  function newBook() {
    var first = newSheet("Sheet1");
    return { sheets: [first], active: first, selection: { sheet: first, row: 0, col: 0, rows: 1, cols: 1 }, names: new Map(), tables: new Map() };
  }
  function newSheet(name) {
    return { name: name, cells: new Map(), widths: {}, frozenRows: 0, page: {}, validations: [], charts: [], spills: [], protectedSheet: false, failing: new Set(), blocked: [], autofitRows: [] };
  }
  book = newBook();

  function loadParts() {
    try {
      return JSON.parse(sessionStorage.getItem(PARTS_KEY) || "[]");
    } catch (e) {
      return [];
    }
  }
  function storeParts(parts) {
    sessionStorage.setItem(PARTS_KEY, JSON.stringify(parts));
  }

  function colName(c) {
    var s = "";
    for (var n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function colIndex(letters) {
    var col = 0;
    for (var i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
    return col - 1;
  }
  function a1(r, c) {
    return colName(c) + (r + 1);
  }
  function quoteSheet(name) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }
  /** "B3", "$B$3:$D$9", "A:C", "'My Sheet'!B3" → { sheet?, row, col, rows, cols }. */
  function parseRange(address) {
    var sheetName = null;
    var bang = address.lastIndexOf("!");
    if (bang >= 0) {
      sheetName = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
      address = address.slice(bang + 1);
    }
    var ref = address.replace(/\$/g, "").toUpperCase();
    var cols = /^([A-Z]+):([A-Z]+)$/.exec(ref);
    if (cols) return { sheet: sheetName, row: 0, col: colIndex(cols[1]), rows: MAX_ROWS, cols: colIndex(cols[2]) - colIndex(cols[1]) + 1, columns: true };
    var m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
    if (!m) throw new Error("InvalidArgument: bad address " + address);
    var r0 = Number(m[2]) - 1, c0 = colIndex(m[1]);
    var r1 = m[3] ? Number(m[4]) - 1 : r0, c1 = m[3] ? colIndex(m[3]) : c0;
    return { sheet: sheetName, row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
  }
  function sheetNamed(name) {
    var lower = String(name).toLowerCase();
    for (var i = 0; i < book.sheets.length; i++) if (book.sheets[i].name.toLowerCase() === lower) return book.sheets[i];
    return null;
  }
  function blank() {
    return { formula: "", value: "", numberFormat: "General", bold: false, italic: false, size: 11, color: "#000000", fill: null, wrap: false, valign: "Bottom" };
  }
  function cell(sheet, r, c) {
    return sheet.cells.get(r + "," + c);
  }
  function put(sheet, r, c, patch) {
    var cur = sheet.cells.get(r + "," + c) || blank();
    sheet.cells.set(r + "," + c, Object.assign({}, cur, patch));
  }
  function hasContent(x) {
    return !!x && x.formula !== "" && x.formula !== null && x.formula !== undefined;
  }
  function hasFormat(x) {
    if (!x) return false;
    var b = blank();
    return x.numberFormat !== b.numberFormat || x.bold || x.italic || x.size !== b.size || x.color !== b.color || x.fill !== null || x.wrap || x.valign !== b.valign;
  }
  /** What a cell holds after a string or value is entered, as Excel reads it. */
  function entered(sheet, r, c, v) {
    var x = cell(sheet, r, c);
    var text = x && x.numberFormat === "@";
    if (typeof v === "string" && !text) {
      if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.trim())) return { formula: Number(v), value: Number(v) };
      // "If the value starts with a plus, minus or equal sign, Excel interprets it as a formula" (Range.values).
      if (/^[=+-]/.test(v)) return { formula: v.charAt(0) === "=" ? v : "=" + v, value: null };
    }
    return { formula: v, value: v };
  }
  function spillOf(sheet, r, c) {
    for (var i = 0; i < sheet.spills.length; i++) {
      var s = sheet.spills[i];
      if (r >= s.row && r < s.row + s.rows && c >= s.col && c < s.col + s.cols) return s;
    }
    return null;
  }
  function tableAt(name) {
    return book.tables.get(String(name).toLowerCase()) || null;
  }
  function nameTaken(name) {
    var k = String(name).toLowerCase();
    return book.names.has(k) || book.tables.has(k);
  }

  function Context() {
    this.queue = [];
    this.pending = [];
    this.bytes = 0;
    var self = this;
    this.workbook = {
      customXmlParts: {
        add: function (xml) {
          if (typeof xml !== "string") throw new Error("InvalidArgument: xml");
          var m = /xmlns="([^"]*)"/.exec(xml);
          self._op(xml.length + 20, function () {
            var parts = loadParts();
            parts.push({ id: "{" + Math.random().toString(16).slice(2) + "}", namespaceUri: m ? m[1] : "", xml: xml });
            storeParts(parts);
          });
        },
        getByNamespace: function (ns) {
          return new PartCollection(self, ns);
        },
      },
      getSelectedRange: function () {
        var s = book.selection;
        self._object();
        return new Range(self, s.sheet, s.row, s.col, s.rows, s.cols);
      },
      worksheets: new Worksheets(self),
      names: {
        add: function (name, reference, comment) {
          self._op(String(reference).length + String(comment || "").length + String(name).length, function () {
            if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new Error("InvalidArgument: the name " + name + " is not valid");
            if (nameTaken(name)) throw new Error("InvalidArgument: the name " + name + " already exists");
            book.names.set(String(name).toLowerCase(), { name: name, reference: reference, comment: comment || "" });
          });
          return {};
        },
        getItemOrNullObject: function (name) {
          return new NullProbe(self, function () {
            return book.names.get(String(name).toLowerCase()) || null;
          }, function () {
            book.names.delete(String(name).toLowerCase());
          });
        },
      },
      tables: {
        getItemOrNullObject: function (name) {
          return new NullProbe(self, function () {
            return tableAt(name);
          }, function () {
            book.tables.delete(String(name).toLowerCase());
          });
        },
      },
    };
  }
  /** Queues an action whose request carries `bytes` of payload. */
  Context.prototype._op = function (bytes, f) {
    this.bytes += bytes + ACTION_BYTES;
    this.queue.push(f);
  };
  /** An action that only names an object (getRange, getCell, …): it costs bytes, it does nothing. */
  Context.prototype._object = function () {
    this.bytes += ACTION_BYTES;
  };
  Context.prototype.sync = function () {
    var queue = this.queue.splice(0);
    var pending = this.pending.splice(0);
    var bytes = this.bytes;
    this.bytes = 0;
    var error = null;
    if (failAfter === 0) error = new Error("GeneralException: the connection to Excel was lost");
    if (failAfter >= 0) failAfter--;
    for (var i = 0; i < queue.length && !error; i++) {
      try {
        queue[i]();
      } catch (e) {
        error = e;
      }
    }
    log.push({ sync: queue.length, bytes: bytes, failed: !!error });
    if (!error) {
      pending.forEach(function (r) {
        if (r._resolve) r._resolve();
        r._loaded = true;
      });
    }
    // A round trip to Excel is a task of its own: the page handles input between syncs.
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        if (error) reject(error);
        else resolve();
      }, syncDelayMs);
    });
  };

  /** An *OrNullObject result: isNullObject after a sync; delete() removes what it found. */
  function NullProbe(ctx, find, remove) {
    this.ctx = ctx;
    this._found = undefined;
    var self = this;
    this._resolve = function () {
      self._found = find();
    };
    ctx._object();
    ctx.pending.push(this);
    this._remove = remove;
  }
  Object.defineProperty(NullProbe.prototype, "isNullObject", {
    get: function () {
      if (this._found === undefined) throw new Error("PropertyNotLoaded: isNullObject (call sync() first)");
      return this._found === null;
    },
  });
  NullProbe.prototype.load = function () {
    return this;
  };
  NullProbe.prototype.delete = function () {
    var self = this;
    this.ctx._op(0, function () {
      if (self._found) self._remove();
    });
  };

  function Worksheets(ctx) {
    this.ctx = ctx;
    this._items = null;
  }
  Worksheets.prototype.add = function (name) {
    var ctx = this.ctx;
    var ws = new Worksheet(ctx, null, name);
    ctx._op(String(name).length, function () {
      if (sheetNamed(name)) throw new Error("ItemAlreadyExists: a sheet named " + name + " exists");
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error("InvalidArgument: the sheet name " + name + " is not valid");
      var s = newSheet(name);
      book.sheets.push(s);
      ws.sheet = s;
    });
    return ws;
  };
  Worksheets.prototype.getItem = function (name) {
    this.ctx._object();
    var s = sheetNamed(name);
    if (!s) throw new Error("ItemNotFound: worksheet " + name);
    return new Worksheet(this.ctx, s);
  };
  Worksheets.prototype.getItemOrNullObject = function (name) {
    var ctx = this.ctx;
    var probe = new NullProbe(ctx, function () {
      return sheetNamed(name);
    }, function () {
      deleteSheet(probe._found);
    });
    return probe;
  };
  Worksheets.prototype.getActiveWorksheet = function () {
    this.ctx._object();
    return new Worksheet(this.ctx, book.active);
  };
  Worksheets.prototype.load = function () {
    var self = this;
    this._resolve = function () {
      self._items = book.sheets.map(function (s) {
        return new Worksheet(self.ctx, s);
      });
    };
    this.ctx.pending.push(this);
    return this;
  };
  Object.defineProperty(Worksheets.prototype, "items", {
    get: function () {
      if (this._items === null) throw new Error("PropertyNotLoaded: items");
      return this._items;
    },
  });

  function PartCollection(ctx, ns) {
    this.ctx = ctx;
    this.ns = ns;
    this._items = null;
  }
  PartCollection.prototype.load = function () {
    var self = this;
    this._resolve = function () {
      self._items = loadParts()
        .filter(function (p) { return p.namespaceUri === self.ns; })
        .map(function (p) { return new Part(self.ctx, p.id); });
    };
    this.ctx.pending.push(this);
    return this;
  };
  Object.defineProperty(PartCollection.prototype, "items", {
    get: function () {
      if (this._items === null) throw new Error("PropertyNotLoaded: items (call load() and sync() first)");
      return this._items;
    },
  });
  function Part(ctx, id) {
    this.ctx = ctx;
    this.id = id;
  }
  Part.prototype.getXml = function () {
    var id = this.id;
    var result = { _v: undefined };
    Object.defineProperty(result, "value", {
      get: function () {
        if (this._v === undefined) throw new Error("PropertyNotLoaded: value");
        return this._v;
      },
    });
    result._resolve = function () {
      var p = loadParts().filter(function (x) { return x.id === id; })[0];
      result._v = p ? p.xml : "";
    };
    this.ctx.pending.push(result);
    return result;
  };
  Part.prototype.delete = function () {
    var id = this.id;
    this.ctx._op(0, function () {
      storeParts(loadParts().filter(function (x) { return x.id !== id; }));
    });
  };

  /** A worksheet; `sheet` is null until an add() reaches the workbook at sync. */
  function Worksheet(ctx, sheet, pendingName) {
    this.ctx = ctx;
    this.sheet = sheet;
    this._name = sheet ? sheet.name : pendingName;
    var self = this;
    var s = function () {
      if (!self.sheet) throw new Error("ItemNotFound: the worksheet was not added");
      return self.sheet;
    };
    this._s = s;
    this.tables = {
      add: function (address, hasHeaders) {
        var p = parseRange(address);
        var t = { name: null, style: "TableStyleMedium2", showBandedRows: true, hasHeaders: hasHeaders };
        ctx._op(String(address).length, function () {
          // "If the address does not contain a sheet name, the currently-active sheet is used."
          var sheet = p.sheet === null ? book.active : sheetNamed(p.sheet);
          if (!sheet) throw new Error("ItemNotFound: the sheet of " + address);
          book.tables.forEach(function (o) {
            if (o.sheet === sheet && p.row <= o.row + o.rows - 1 && o.row <= p.row + p.rows - 1 && p.col <= o.col + o.cols - 1 && o.col <= p.col + p.cols - 1) throw new Error("InvalidOperation: a table cannot overlap another table");
          });
          var k = 1;
          while (nameTaken("Table" + k)) k++;
          t.name = "Table" + k;
          Object.assign(t, { sheet: sheet, row: p.row, col: p.col, rows: p.rows, cols: p.cols });
          book.tables.set(t.name.toLowerCase(), t);
        });
        var api = {};
        Object.defineProperty(api, "name", {
          set: function (v) {
            ctx._op(String(v).length, function () {
              if (nameTaken(v) && tableAt(v) !== t) throw new Error("InvalidArgument: the name " + v + " already exists");
              book.tables.delete(t.name.toLowerCase());
              t.name = v;
              book.tables.set(String(v).toLowerCase(), t);
            });
          },
        });
        Object.defineProperty(api, "style", { set: function (v) { ctx._op(String(v).length, function () { t.style = v; }); } });
        Object.defineProperty(api, "showBandedRows", { set: function (v) { ctx._op(5, function () { t.showBandedRows = !!v; }); } });
        return api;
      },
    };
    this.freezePanes = {
      freezeRows: function (n) {
        ctx._op(4, function () {
          s().frozenRows = n;
        });
      },
    };
    var page = function (key, v) {
      ctx._op(JSON.stringify(v).length, function () {
        s().page[key] = v;
      });
    };
    this.pageLayout = {
      setPrintArea: function (a) { page("printArea", a); },
      setPrintTitleRows: function (a) { page("titleRows", a); },
    };
    Object.defineProperty(this.pageLayout, "orientation", { set: function (v) { page("orientation", v); } });
    Object.defineProperty(this.pageLayout, "zoom", { set: function (v) { page("zoom", v); } });
    this.protection = {
      _loaded: false,
      load: function () {
        var p = this;
        ctx.pending.push({ _resolve: function () { p._loaded = true; } });
        return this;
      },
    };
    Object.defineProperty(this.protection, "protected", {
      get: function () {
        if (!this._loaded) throw new Error("PropertyNotLoaded: protected");
        return s().protectedSheet;
      },
    });
    this.charts = new Charts(ctx, this);
  }
  Object.defineProperty(Worksheet.prototype, "name", {
    get: function () {
      return this._name;
    },
  });
  Worksheet.prototype.getRange = function (address) {
    this.ctx._object();
    var p = parseRange(address);
    var r = new Range(this.ctx, this.sheet, p.row, p.col, p.rows, p.cols, this);
    r._columns = !!p.columns;
    return r;
  };
  Worksheet.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
    var self = this;
    var proxy = new Range(this.ctx, null, 0, 0, 1, 1, this);
    proxy._resolve = function () {
      var sheet = self._s();
      proxy.sheet = sheet;
      usedBox(proxy, sheet, function (r, c, x) { return valuesOnly ? hasContent(x) : hasContent(x) || hasFormat(x); }, null);
    };
    proxy.isNullObject = true;
    this.ctx.pending.push(proxy);
    return proxy;
  };
  Worksheet.prototype.activate = function () {
    var self = this;
    this.ctx._op(0, function () {
      book.active = self._s();
    });
  };
  /** A sheet goes with its Tables and charts (names that refer to it stay, as in Excel, where they become #REF!). */
  function deleteSheet(sheet) {
    if (book.sheets.length === 1) throw new Error("InvalidOperation: a workbook must keep one sheet");
    book.sheets = book.sheets.filter(function (x) { return x !== sheet; });
    book.tables.forEach(function (t, k) {
      if (t.sheet === sheet) book.tables.delete(k);
    });
    if (book.active === sheet) book.active = book.sheets[0];
    if (book.selection.sheet === sheet) book.selection = { sheet: book.sheets[0], row: 0, col: 0, rows: 1, cols: 1 };
  }
  Worksheet.prototype.delete = function () {
    var self = this;
    this.ctx._op(0, function () {
      deleteSheet(self._s());
    });
  };
  Worksheet.prototype.load = function () {
    return this;
  };

  /** Sets proxy to the bounding box of the cells passing `keep` (within `within`), or makes it a null object. */
  function usedBox(proxy, sheet, keep, within) {
    var r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    sheet.cells.forEach(function (x, k) {
      var rc = k.split(",").map(Number);
      if (within && (rc[0] < within.r || rc[0] >= within.r + within.nr || rc[1] < within.c || rc[1] >= within.c + within.nc)) return;
      if (!keep(rc[0], rc[1], x)) return;
      r0 = Math.min(r0, rc[0]); c0 = Math.min(c0, rc[1]); r1 = Math.max(r1, rc[0]); c1 = Math.max(c1, rc[1]);
    });
    if (r1 < 0) {
      proxy.isNullObject = true;
      return;
    }
    proxy.isNullObject = false;
    proxy.r = r0; proxy.c = c0; proxy.nr = r1 - r0 + 1; proxy.nc = c1 - c0 + 1;
  }

  function Range(ctx, sheet, row, col, rows, cols, ws) {
    if (rows < 1 || cols < 1) throw new Error("InvalidArgument: range size " + rows + "x" + cols);
    this.ctx = ctx;
    this.sheet = sheet;
    this._ws = ws || null;
    this.r = row;
    this.c = col;
    this.nr = rows;
    this.nc = cols;
    this._loaded = false;
    var self = this;
    var set = function (patch, bytes) {
      ctx._op(bytes || 10, function () {
        self._each(function (r, c) {
          put(self._sheet(), r, c, typeof patch === "function" ? patch(r, c) : patch);
        });
      });
    };
    var font = {};
    Object.defineProperty(font, "bold", { set: function (v) { set({ bold: !!v }); } });
    Object.defineProperty(font, "italic", { set: function (v) { set({ italic: !!v }); } });
    Object.defineProperty(font, "size", { set: function (v) { set({ size: v }); } });
    Object.defineProperty(font, "color", { set: function (v) { set({ color: v }); } });
    var fill = {};
    Object.defineProperty(fill, "color", { set: function (v) { set({ fill: v }); } });
    this.format = {
      font: font,
      fill: fill,
      autofitColumns: function () {
        ctx._op(0, function () {
          log.push({ autofit: self._address() });
        });
      },
      autofitRows: function () {
        ctx._op(0, function () {
          self._sheet().autofitRows.push(self._address(true));
        });
      },
    };
    Object.defineProperty(this.format, "columnWidth", {
      set: function (v) {
        ctx._op(10, function () {
          for (var j = 0; j < self.nc; j++) self._sheet().widths[self.c + j] = v;
        });
      },
    });
    Object.defineProperty(this.format, "wrapText", { set: function (v) { set({ wrap: !!v }); } });
    Object.defineProperty(this.format, "verticalAlignment", { set: function (v) { set({ valign: v }); } });
    var validation = null;
    var dv = function (key, v) {
      ctx._op(JSON.stringify(v).length, function () {
        var sheet = self._sheet();
        if (!validation) {
          validation = { address: self._address(true) };
          sheet.validations.push(validation);
        }
        validation[key] = v;
      });
    };
    this.dataValidation = {};
    ["rule", "prompt", "errorAlert", "ignoreBlanks"].forEach(function (key) {
      Object.defineProperty(self.dataValidation, key, { set: function (v) { dv(key, v); } });
    });
  }
  Range.prototype._sheet = function () {
    if (this.sheet) return this.sheet;
    if (this._ws) return (this.sheet = this._ws._s());
    throw new Error("ItemNotFound: the worksheet");
  };
  Range.prototype._each = function (f) {
    if (this._columns) throw new Error("the stand-in does not iterate whole columns");
    for (var i = 0; i < this.nr; i++) for (var j = 0; j < this.nc; j++) f(this.r + i, this.c + j, i, j);
  };
  Range.prototype._grid = function (f) {
    var out = [];
    var sheet = this._sheet();
    for (var i = 0; i < this.nr; i++) {
      var row = [];
      for (var j = 0; j < this.nc; j++) row.push(f(cell(sheet, this.r + i, this.c + j), this.r + i, this.c + j));
      out.push(row);
    }
    return out;
  };
  Range.prototype._need = function (prop) {
    if (!this._loaded) throw new Error("PropertyNotLoaded: " + prop + " (call load() and sync() first)");
  };
  /** "Sheet1!B3:C4" (or without the sheet). */
  Range.prototype._address = function (local) {
    var a = a1(this.r, this.c) + (this.nr > 1 || this.nc > 1 ? ":" + a1(this.r + this.nr - 1, this.c + this.nc - 1) : "");
    return local ? a : quoteSheet(this._sheet().name) + "!" + a;
  };
  Range.prototype._write = function (grid, f) {
    var self = this;
    if (!Array.isArray(grid) || grid.length !== this.nr || grid.some(function (row) { return !Array.isArray(row) || row.length !== self.nc; })) {
      throw new Error("InvalidArgument: the array does not match the range size " + this.nr + "x" + this.nc);
    }
    var copy = grid.map(function (row) { return row.slice(); });
    this.ctx._op(JSON.stringify(copy).length, function () {
      var sheet = self._sheet();
      // One action is all or nothing: every cell is checked before any is written.
      if (f.guarded) self._each(function (r, c, i, j) {
        if (copy[i][j] !== null) guard(sheet, r, c);
      });
      self._each(function (r, c, i, j) {
        if (copy[i][j] !== null) f(sheet, r, c, copy[i][j]);
      });
    });
  };
  /** A writer of values or formulas: its cells are checked first (guard). */
  function guarded(f) {
    f.guarded = true;
    return f;
  }
  /** A cell Excel would not take a value or formula in. */
  function guard(sheet, r, c) {
    if (sheet.protectedSheet) throw new Error("AccessDenied: the sheet " + sheet.name + " is protected");
    if (sheet.failing.has(a1(r, c))) throw new Error("InvalidOperation: You can't change part of an array.");
    var s = spillOf(sheet, r, c);
    if (s && !(s.row === r && s.col === c)) sheet.blocked.push(a1(r, c));
  }
  Object.defineProperty(Range.prototype, "address", { get: function () { this._need("address"); return this._address(); } });
  Object.defineProperty(Range.prototype, "rowIndex", { get: function () { this._need("rowIndex"); return this.r; } });
  Object.defineProperty(Range.prototype, "columnIndex", { get: function () { this._need("columnIndex"); return this.c; } });
  Object.defineProperty(Range.prototype, "formulas", {
    get: function () {
      this._need("formulas");
      var sheet = this._sheet();
      return this._grid(function (x, r, c) {
        // A spilled cell reports its anchor's formula (the worst case for a reader: only the anchor holds it).
        var s = spillOf(sheet, r, c);
        if (s) return cell(sheet, s.row, s.col).formula;
        return x ? x.formula : "";
      });
    },
    set: function (g) {
      this._write(g, guarded(function (sheet, r, c, v) {
        var x = cell(sheet, r, c);
        if (typeof v === "string" && v.charAt(0) === "=" && !(x && x.numberFormat === "@")) put(sheet, r, c, { formula: v, value: null, entries: ((x && x.entries) || 0) + 1 });
        else put(sheet, r, c, entered(sheet, r, c, v));
      }));
    },
  });
  Object.defineProperty(Range.prototype, "values", {
    get: function () { this._need("values"); return this._grid(function (x) { return x && x.value !== null ? x.value : ""; }); },
    set: function (g) {
      this._write(g, guarded(function (sheet, r, c, v) {
        put(sheet, r, c, entered(sheet, r, c, v));
      }));
    },
  });
  Object.defineProperty(Range.prototype, "numberFormat", {
    get: function () { this._need("numberFormat"); return this._grid(function (x) { return x ? x.numberFormat : "General"; }); },
    set: function (g) { this._write(g, function (sheet, r, c, v) { put(sheet, r, c, { numberFormat: v }); }); },
  });
  Object.defineProperty(Range.prototype, "rowCount", { get: function () { this._need("rowCount"); return this.nr; } });
  Object.defineProperty(Range.prototype, "columnCount", { get: function () { this._need("columnCount"); return this.nc; } });
  Range.prototype.load = function () {
    this.ctx.pending.push(this);
    return this;
  };
  /** Contents and formats of every cell in the range are removed. */
  Range.prototype.clear = function () {
    var self = this;
    this.ctx._op(0, function () {
      var sheet = self._sheet();
      self._each(function (r, c) {
        sheet.cells.delete(r + "," + c);
      });
      log.push({ cleared: self._address() });
    });
  };
  /** The smallest range holding every cell with a value (valuesOnly) or a format inside this one, or a null object. */
  Range.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
    var self = this;
    var proxy = new Range(this.ctx, this.sheet, this.r, this.c, 1, 1, this._ws);
    proxy._resolve = function () {
      usedBox(proxy, self._sheet(), function (r, c, x) { return valuesOnly ? hasContent(x) : hasContent(x) || hasFormat(x); }, self);
    };
    proxy.isNullObject = true;
    proxy.load = function () {
      self.ctx.pending.push(proxy);
      return proxy;
    };
    this.ctx.pending.push(proxy);
    return proxy;
  };
  Range.prototype.getSpillParentOrNullObject = function () {
    if (this.nr !== 1 || this.nc !== 1) throw new Error("InvalidArgument: getSpillParent takes one cell");
    var self = this;
    var proxy = new Range(this.ctx, this.sheet, this.r, this.c, 1, 1, this._ws);
    proxy.isNullObject = true;
    proxy._resolve = function () {
      var s = spillOf(self._sheet(), self.r, self.c);
      proxy.isNullObject = !s;
      if (s) {
        proxy.r = s.row;
        proxy.c = s.col;
      }
    };
    proxy.load = function () {
      return proxy;
    };
    this.ctx._object();
    this.ctx.pending.push(proxy);
    return proxy;
  };
  Range.prototype.getCell = function (i, j) {
    this.ctx._object();
    return new Range(this.ctx, this.sheet, this.r + i, this.c + j, 1, 1, this._ws);
  };
  Range.prototype.getResizedRange = function (dr, dc) {
    this.ctx._object();
    return new Range(this.ctx, this.sheet, this.r, this.c, this.nr + dr, this.nc + dc, this._ws);
  };
  Range.prototype.getOffsetRange = function (dr, dc) {
    this.ctx._object();
    return new Range(this.ctx, this.sheet, this.r + dr, this.c + dc, this.nr, this.nc, this._ws);
  };

  // ------------------------------------------------------------------ charts
  function Charts(ctx, ws) {
    this.ctx = ctx;
    this.ws = ws;
  }
  Charts.prototype.getItemOrNullObject = function (name) {
    var ws = this.ws;
    return new NullProbe(this.ctx, function () {
      var list = ws._s().charts.filter(function (c) { return c.name === name; });
      return list[0] || null;
    }, function () {
      var sheet = ws._s();
      sheet.charts = sheet.charts.filter(function (c) { return c.name !== name; });
    });
  };
  Charts.prototype.add = function (type, source, seriesBy) {
    var ctx = this.ctx;
    var ws = this.ws;
    var chart = { name: "", type: type, seriesBy: seriesBy, title: {}, legend: {}, axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } }, series: [], position: null, displayBlanksAs: null };
    var addr = function (r) {
      return r._address();
    };
    ctx._op(20, function () {
      chart.series.push({ values: addr(source), format: { line: {} } });
      ws._s().charts.push(chart);
    });
    var prop = function (obj, key, target) {
      Object.defineProperty(obj, key, { set: function (v) { ctx._op(JSON.stringify(v).length, function () { target()[key] = v; }); } });
    };
    var seriesApi = function (get) {
      var api = { format: { line: {} } };
      prop(api, "name", get);
      prop(api, "chartType", get);
      prop(api.format.line, "lineStyle", function () { return get().format.line; });
      api.setValues = function (r) { ctx._op(20, function () { get().values = addr(r); }); };
      api.setXAxisValues = function (r) { ctx._op(20, function () { get().xValues = addr(r); }); };
      return api;
    };
    var self = { title: {}, legend: {}, axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } } };
    var c = function () { return chart; };
    prop(self, "name", c);
    prop(self, "displayBlanksAs", c);
    prop(self.title, "text", function () { return chart.title; });
    prop(self.legend, "position", function () { return chart.legend; });
    prop(self.axes.categoryAxis.title, "text", function () { return chart.axes.categoryAxis.title; });
    prop(self.axes.valueAxis.title, "text", function () { return chart.axes.valueAxis.title; });
    prop(self.axes.valueAxis, "numberFormat", function () { return chart.axes.valueAxis; });
    self.series = {
      getItemAt: function (i) { return seriesApi(function () { return chart.series[i]; }); },
      add: function (name) {
        var s = { name: name, values: "", format: { line: {} } };
        ctx._op(20, function () { chart.series.push(s); });
        return seriesApi(function () { return s; });
      },
    };
    self.setPosition = function (start, end) { ctx._op(20, function () { chart.position = { start: start, end: end }; }); };
    return self;
  };

  function atLeast(have, want) {
    var a = String(have).split(".").map(Number), b = String(want).split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }

  window.Excel = {
    run: function (batch) {
      var ctx = new Context();
      return Promise.resolve()
        .then(function () { return batch(ctx); })
        .then(function (result) { return ctx.sync().then(function () { return result; }); });
    },
  };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    PlatformType: { PC: "PC" },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          return requirement[name] !== undefined && atLeast(requirement[name], version || "1.1");
        },
      },
    },
    onReady: function (cb) {
      var info = { host: "Excel", platform: "PC" };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (cb) cb(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.CustomFunctions = { associate: function () {} };

  /** "B3" on Sheet1, or "'Series C'!B3". */
  function at(address) {
    var p = parseRange(address);
    var sheet = p.sheet === null ? book.sheets[0] : sheetNamed(p.sheet);
    if (!sheet) throw new Error("no sheet " + p.sheet);
    return { sheet: sheet, row: p.row, col: p.col, rows: p.rows, cols: p.cols };
  }
  function dumpSheet(sheet) {
    var out = {};
    sheet.cells.forEach(function (v, k) {
      var rc = k.split(",").map(Number);
      if (hasContent(v)) out[a1(rc[0], rc[1])] = { formula: v.formula, numberFormat: v.numberFormat, bold: v.bold };
    });
    return out;
  }

  window.__fakeExcel = {
    select: function (address) {
      var p = at(address);
      book.selection = p;
    },
    /** Seeds a cell as the user would type it (a constant, or a formula starting with =). */
    set: function (address, v) {
      var p = at(address);
      put(p.sheet, p.row, p.col, { formula: v, value: typeof v === "string" && v.charAt(0) === "=" ? null : v });
    },
    cell: function (address) {
      var p = at(address);
      return cell(p.sheet, p.row, p.col) || null;
    },
    /** Every non-empty cell of the first sheet (or of the sheet named): { "B3": { formula, numberFormat, bold } }. */
    dump: function (sheetName) {
      return dumpSheet(sheetName === undefined ? book.sheets[0] : sheetNamed(sheetName));
    },
    /** Everything about a sheet: its cells (every property), widths, frozen rows, page setup, validations, charts, spills written over. */
    sheet: function (name) {
      var s = sheetNamed(name);
      if (!s) return null;
      var cells = {};
      s.cells.forEach(function (v, k) {
        var rc = k.split(",").map(Number);
        cells[a1(rc[0], rc[1])] = Object.assign({}, v);
      });
      return { name: s.name, cells: cells, widths: Object.assign({}, s.widths), frozenRows: s.frozenRows, page: Object.assign({}, s.page), validations: s.validations.slice(), charts: JSON.parse(JSON.stringify(s.charts)), blocked: s.blocked.slice(), autofitRows: s.autofitRows.slice() };
    },
    sheets: function () {
      return book.sheets.map(function (s) { return s.name; });
    },
    activeSheet: function () {
      return book.active.name;
    },
    addSheet: function (name) {
      var s = newSheet(name);
      book.sheets.push(s);
      return name;
    },
    /** Workbook names: { name: { reference, comment } }. */
    names: function () {
      var out = {};
      book.names.forEach(function (n) { out[n.name] = { reference: n.reference, comment: n.comment }; });
      return out;
    },
    addName: function (name, reference) {
      book.names.set(name.toLowerCase(), { name: name, reference: reference, comment: "" });
    },
    /** Tables: { name: { sheet, address, style, showBandedRows } }. */
    tables: function () {
      var out = {};
      book.tables.forEach(function (t) {
        out[t.name] = { sheet: t.sheet.name, address: a1(t.row, t.col) + ":" + a1(t.row + t.rows - 1, t.col + t.cols - 1), style: t.style, showBandedRows: t.showBandedRows };
      });
      return out;
    },
    /** Marks a dynamic array: the anchor's formula spills over rows × cols (its other cells report the anchor's formula). */
    spill: function (anchor, rows, cols) {
      var p = at(anchor);
      p.sheet.spills.push({ row: p.row, col: p.col, rows: rows, cols: cols });
    },
    protect: function (sheetName) {
      sheetNamed(sheetName).protectedSheet = true;
    },
    /** Writes to this cell are refused (as for part of a legacy array formula). */
    refuseWrites: function (address) {
      var p = at(address);
      p.sheet.failing.add(a1(p.row, p.col));
    },
    /** The highest requirement set version (e.g. "1.7" hides charts of 1.8 and spills of 1.12). */
    setApiVersion: function (v) {
      requirement.ExcelApi = v;
    },
    /** The sync after `n` more fails before doing anything (n = 0: the next one). */
    failSync: function (n) {
      failAfter = n;
    },
    /** A new workbook: one empty Sheet1, no names or Tables (the custom XML parts stay). */
    clear: function () {
      book = newBook();
      log.length = 0;
      requirement.ExcelApi = "1.17";
      failAfter = -1;
    },
    /** The custom XML parts "saved in the workbook". */
    parts: function () {
      return loadParts();
    },
    /** How long each sync takes (a slow connection to Excel on the web). */
    setSyncDelay: function (ms) {
      syncDelayMs = ms;
    },
    clearParts: function () {
      storeParts([]);
    },
    /** The largest request of any sync so far. */
    maxRequestBytes: function () {
      return log.reduce(function (m, e) { return e.bytes === undefined ? m : Math.max(m, e.bytes); }, 0);
    },
    log: log,
  };
})();
