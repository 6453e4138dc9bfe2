/*
 * An in-page stand-in for office.js inside Excel, served in place of the CDN
 * office.js by the e2e tests: Office.onReady → host Excel, and an Excel.run
 * with one worksheet ("Sheet1"), the selected range, getCell /
 * getResizedRange / getOffsetRange, values / formulas / numberFormat /
 * address, format.font.bold, format.autofitColumns, load and sync.
 * Like Office.js, property reads need load() + sync() first, and writes are
 * queued and reach the sheet only at sync().
 * The test drives it through window.__fakeExcel.
 */
(function () {
  "use strict";
  var cells = new Map(); // "r,c" -> { formula, value, numberFormat, bold }
  var selection = { row: 0, col: 0, rows: 1, cols: 1 };
  var log = [];

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
    var self = this;
    this.workbook = {
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
  Context.prototype.sync = function () {
    var queue = this.queue.splice(0);
    queue.forEach(function (f) {
      f();
    });
    this.pending.splice(0).forEach(function (r) {
      r._loaded = true;
    });
    log.push({ sync: queue.length });
    return Promise.resolve();
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
          ctx.queue.push(function () {
            self._each(function (r, c) {
              put(r, c, { bold: !!v });
            });
          });
        },
      },
      autofitColumns: function () {
        ctx.queue.push(function () {
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
    this.ctx.queue.push(function () {
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
  Range.prototype.load = function () {
    this.ctx.pending.push(this);
    return this;
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
    },
    log: log,
  };
})();
