/*
 * An in-page stand-in for office.js inside Excel, served in place of the CDN
 * office.js by the e2e tests: Office.onReady → host Excel, and an Excel.run
 * with one worksheet ("Sheet1"), the selected range, getCell /
 * getResizedRange / getOffsetRange / getUsedRangeOrNullObject, values /
 * formulas / numberFormat / address / rowCount / columnCount, clear,
 * format.font.bold, format.autofitColumns, workbook.customXmlParts (add,
 * getByNamespace, getXml, delete), load and sync.
 * Like Office.js, property reads need load() + sync() first, and writes are
 * queued and reach the sheet only at sync(). Each sync logs the size of the
 * request it stands for (the JSON of the values it carries plus a fixed cost
 * per action), so tests can check every request stays under a bound.
 * The custom XML parts live in sessionStorage: they survive a reload of the
 * page, as they survive closing and reopening a saved workbook.
 * The test drives it through window.__fakeExcel.
 */
(function () {
  "use strict";
  var cells = new Map(); // "r,c" -> { formula, value, numberFormat, bold }
  var selection = { row: 0, col: 0, rows: 1, cols: 1 };
  var log = [];
  var ACTION_BYTES = 100; // what Office.js adds per action, roughly
  var syncDelayMs = 0;
  var PARTS_KEY = "__fakeExcelCustomXmlParts";
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
  function a1(r, c) {
    return colName(c) + (r + 1);
  }
  function parseA1(ref) {
    var m = /^([A-Z]+)(\d+)$/.exec(ref.replace(/\$/g, "").toUpperCase());
    if (!m) throw new Error("bad address " + ref);
    var col = 0;
    for (var i = 0; i < m[1].length; i++) col = col * 26 + (m[1].charCodeAt(i) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }
  function parseRange(address) {
    var parts = address.split("!").pop().split(":");
    var a = parseA1(parts[0]);
    var b = parts[1] ? parseA1(parts[1]) : a;
    return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
  }
  function cell(r, c) {
    return cells.get(r + "," + c);
  }
  function put(r, c, patch) {
    var cur = cells.get(r + "," + c) || { formula: "", value: "", numberFormat: "General", bold: false };
    cells.set(r + "," + c, Object.assign({}, cur, patch));
  }
  function constantOf(v) {
    return typeof v === "string" && v.charAt(0) === "=" ? null : v;
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
        return new Range(self, selection.row, selection.col, selection.rows, selection.cols);
      },
      worksheets: {
        getActiveWorksheet: function () {
          return new Worksheet(self);
        },
        getItem: function () {
          return new Worksheet(self);
        },
      },
    };
  }
  /** Queues an action whose request carries `bytes` of payload. */
  Context.prototype._op = function (bytes, f) {
    this.bytes += bytes + ACTION_BYTES;
    this.queue.push(f);
  };
  Context.prototype.sync = function () {
    var queue = this.queue.splice(0);
    queue.forEach(function (f) {
      f();
    });
    this.pending.splice(0).forEach(function (r) {
      if (r._resolve) r._resolve();
      r._loaded = true;
    });
    log.push({ sync: queue.length, bytes: this.bytes });
    this.bytes = 0;
    // A round trip to Excel is a task of its own: the page handles input between syncs.
    return new Promise(function (resolve) {
      setTimeout(resolve, syncDelayMs);
    });
  };

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

  function Worksheet(ctx) {
    this.ctx = ctx;
    this.name = "Sheet1";
  }
  Worksheet.prototype.getRange = function (address) {
    var p = parseRange(address);
    return new Range(this.ctx, p.row, p.col, p.rows, p.cols);
  };
  Worksheet.prototype.load = function () {
    return this;
  };

  function Range(ctx, row, col, rows, cols) {
    if (rows < 1 || cols < 1) throw new Error("invalid range size " + rows + "x" + cols);
    this.ctx = ctx;
    this.r = row;
    this.c = col;
    this.nr = rows;
    this.nc = cols;
    this._loaded = false;
    var self = this;
    this.worksheet = new Worksheet(ctx);
    this.format = {
      font: {
        set bold(v) {
          ctx._op(10, function () {
            self._each(function (r, c) {
              put(r, c, { bold: !!v });
            });
          });
        },
      },
      autofitColumns: function () {
        ctx._op(0, function () {
          log.push({ autofit: self._address() });
        });
      },
    };
  }
  Range.prototype._each = function (f) {
    for (var i = 0; i < this.nr; i++) for (var j = 0; j < this.nc; j++) f(this.r + i, this.c + j, i, j);
  };
  Range.prototype._grid = function (f) {
    var out = [];
    for (var i = 0; i < this.nr; i++) {
      var row = [];
      for (var j = 0; j < this.nc; j++) row.push(f(cell(this.r + i, this.c + j)));
      out.push(row);
    }
    return out;
  };
  Range.prototype._need = function (prop) {
    if (!this._loaded) throw new Error("PropertyNotLoaded: " + prop + " (call load() and sync() first)");
  };
  Range.prototype._address = function () {
    var a = a1(this.r, this.c);
    return "Sheet1!" + a + (this.nr > 1 || this.nc > 1 ? ":" + a1(this.r + this.nr - 1, this.c + this.nc - 1) : "");
  };
  Range.prototype._write = function (grid, f) {
    var self = this;
    if (!Array.isArray(grid) || grid.length !== this.nr || grid.some(function (row) { return !Array.isArray(row) || row.length !== self.nc; })) {
      throw new Error("InvalidArgument: the array does not match the range size " + this.nr + "x" + this.nc);
    }
    var copy = grid.map(function (row) { return row.slice(); });
    this.ctx._op(JSON.stringify(copy).length, function () {
      self._each(function (r, c, i, j) {
        f(r, c, copy[i][j]);
      });
    });
  };
  Object.defineProperty(Range.prototype, "address", { get: function () { this._need("address"); return this._address(); } });
  Object.defineProperty(Range.prototype, "rowIndex", { get: function () { this._need("rowIndex"); return this.r; } });
  Object.defineProperty(Range.prototype, "columnIndex", { get: function () { this._need("columnIndex"); return this.c; } });
  Object.defineProperty(Range.prototype, "formulas", {
    get: function () { this._need("formulas"); return this._grid(function (x) { return x ? x.formula : ""; }); },
    set: function (g) { this._write(g, function (r, c, v) { put(r, c, { formula: v === null ? "" : v, value: constantOf(v) }); }); },
  });
  Object.defineProperty(Range.prototype, "values", {
    get: function () { this._need("values"); return this._grid(function (x) { return x ? x.value : ""; }); },
    set: function (g) { this._write(g, function (r, c, v) { put(r, c, { formula: v, value: v }); }); },
  });
  Object.defineProperty(Range.prototype, "numberFormat", {
    get: function () { this._need("numberFormat"); return this._grid(function (x) { return x ? x.numberFormat : "General"; }); },
    set: function (g) { this._write(g, function (r, c, v) { put(r, c, { numberFormat: v }); }); },
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
      self._each(function (r, c) {
        cells.delete(r + "," + c);
      });
      log.push({ cleared: self._address() });
    });
  };
  /** The smallest range holding every cell with a value (valuesOnly) inside this one, or a null object. */
  Range.prototype.getUsedRangeOrNullObject = function () {
    var self = this;
    var used = { isNullObject: true };
    var proxy = new Range(this.ctx, this.r, this.c, 1, 1);
    proxy._resolve = function () {
      var r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
      self._each(function (r, c) {
        var x = cell(r, c);
        if (x && x.formula !== "" && x.formula !== null && x.formula !== undefined) {
          r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
        }
      });
      if (r1 < 0) {
        proxy.isNullObject = true;
        return;
      }
      proxy.isNullObject = false;
      proxy.r = r0; proxy.c = c0; proxy.nr = r1 - r0 + 1; proxy.nc = c1 - c0 + 1;
    };
    proxy.isNullObject = used.isNullObject;
    proxy.load = function () {
      self.ctx.pending.push(proxy);
      return proxy;
    };
    return proxy;
  };
  Range.prototype.getCell = function (i, j) {
    return new Range(this.ctx, this.r + i, this.c + j, 1, 1);
  };
  Range.prototype.getResizedRange = function (dr, dc) {
    return new Range(this.ctx, this.r, this.c, this.nr + dr, this.nc + dc);
  };
  Range.prototype.getOffsetRange = function (dr, dc) {
    return new Range(this.ctx, this.r + dr, this.c + dc, this.nr, this.nc);
  };

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

  window.__fakeExcel = {
    select: function (address) {
      selection = parseRange(address);
    },
    /** Seeds a cell as the user would type it (a constant, or a formula starting with =). */
    set: function (address, v) {
      var p = parseA1(address);
      put(p.row, p.col, { formula: v, value: constantOf(v) });
    },
    cell: function (address) {
      var p = parseA1(address);
      return cell(p.row, p.col) || null;
    },
    /** Every non-empty cell: { "B3": { formula, numberFormat, bold } }. */
    dump: function () {
      var out = {};
      cells.forEach(function (v, k) {
        var rc = k.split(",").map(Number);
        if (v.formula !== "" && v.formula !== null) out[a1(rc[0], rc[1])] = { formula: v.formula, numberFormat: v.numberFormat, bold: v.bold };
      });
      return out;
    },
    clear: function () {
      cells.clear();
      log.length = 0;
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
    /** Syncs that carried the largest request, and how many there were. */
    maxRequestBytes: function () {
      return log.reduce(function (m, e) { return e.bytes === undefined ? m : Math.max(m, e.bytes); }, 0);
    },
    log: log,
  };
})();
