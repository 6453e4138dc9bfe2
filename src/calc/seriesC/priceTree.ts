import { Dec } from "../core/decimal";
import { ZERO_TRIPLE, addTo, copyTriple, difference, fromFixed, mulAdd, quotient, toFixed } from "../core/tripleDouble";

/**
 * The price history as a segment tree of maps (docs/architecture.md "Events
 * replay"): each event maps the price before it to the price after it by a
 * continuous nondecreasing piecewise-linear map of O(1) pieces (Cert
 * §5(f), (g), (k)(1), (5): the identity up to the Effective Price or the
 * floor, the floor or the ratchet's price, the weighted average above). The
 * history is on one piece of each map; the tree keeps, per range of events,
 * the composition of those pieces (an affine map) and the prices entering
 * the range for which the history stays on them. A readjustment (§5(k)(3))
 * changes the maps of a few events: the new history is followed through
 * whole ranges whose pieces still hold, and stops only where it leaves a
 * piece (it then takes another) or reaches a floor or ratchet it stays on (from
 * there on it is the stored history) — O(log n) per stop.
 *
 * An event's map is made in fixed-point BigInts (value × 2^K, K chosen per
 * table so that the smallest price has more than 110 bits below its leading
 * digit: errors below 1e-33 relative). The compositions and the running value
 * are triple-doubles (tripleDouble.ts, ≈ 159 bits, finer than the fixed
 * point): a readjustment composes and applies dozens of maps, and BigInts
 * would allocate at each. Their leading doubles, with wide margins (1e-9),
 * decide which ranges can be crossed without looking inside; where a walk
 * stops near a breakpoint, the fixed point decides.
 */
export interface EventMap {
  /** Breakpoints, ascending (fixed point); pieces.length === breakpoints.length + 1. */
  readonly breakpoints: readonly bigint[];
  /** Each piece's map P ↦ σ·P + τ (σ, τ fixed point); σ = 0: a floor or ratchet (a "wall"). */
  readonly sigma: readonly bigint[];
  readonly tau: readonly bigint[];
  /**
   * The last piece, a weighted average (c·P + b)/(c + a), as whole numbers below 2^53 when they are (shares,
   * consideration and outstanding scaled by one power of ten): its σ = c/(c + a) and τ = b/(c + a) are then
   * divided in doubles (tripleDouble.ts `quotient`), not converted from BigInts.
   */
  readonly whole?: { readonly c: number; readonly b: number; readonly after: number };
}

// BigInt constants made once, not on every call of the hot paths below.
const ZERO = BigInt(0);
const NEAR_SHIFT = BigInt(96);
const NEAR_ABSOLUTE = BigInt(1) << BigInt(24);
const NEAR_RELATIVE = Math.pow(2, -96);

/**
 * Two fixed-point prices too close for their rounding to tell which is lower (within 2^-96 relative, or 2^24
 * units: far above the error of the fixed point, far below 1e-30): the exact values decide then.
 */
export function near(a: bigint, b: bigint): boolean {
  // clearly apart in doubles (each within 2^-53 of its BigInt): no BigInt arithmetic, which allocates
  const x = Number(a);
  const y = Number(b);
  if (Math.abs(x - y) > 3.6e-15 * (Math.abs(x) + Math.abs(y)) + 4e7) return false;
  const d = a > b ? a - b : b - a;
  return d <= ((b < ZERO ? -b : b) >> NEAR_SHIFT) + NEAR_ABSOLUTE;
}

/** Triple-doubles as Decimals through the fixed point of `bits` bits: a function of its own, so that what keeps it (the history's prices) does not keep a tree. */
export function tripleDecimal(bits: number): (t: Float64Array, at: number) => Dec {
  const unit = new Dec(2).pow(-bits);
  const scale = Math.pow(2, bits);
  return (t, at) => new Dec(toFixed(t, at, scale).toString()).times(unit);
}

export const IDENTITY_MAP: EventMap = { breakpoints: [], sigma: [], tau: [] }; // sigma/tau filled by the tree (its ONE)

export class PriceTree {
  readonly one: bigint;
  /** `bits` as a BigInt shift. */
  private readonly k: bigint;
  private readonly size: number;
  private readonly inv: number;
  /** 2^K as a double. */
  private readonly scale: number;
  /** `near`'s absolute margin, 2^24 units of the fixed point, as a double. */
  private readonly nearAbsolute: number;
  /** Per node, σ and τ of the composition of its events' pieces (triple-doubles at 3x; their first double alone decides `inside`). */
  private readonly sig: Float64Array;
  private readonly tau: Float64Array;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly margin: Float64Array;
  /** 1: contains a wall (or cannot be judged with doubles): always looked into. */
  private readonly opaque: Uint8Array;
  /** 1: a leaf below changed since the node was computed (computed when next read). */
  private readonly dirty: Uint8Array;
  /** 1: the node's composition is the identity (expiries, exempt issues, issues above the price). */
  private readonly identityNode: Uint8Array;
  // Per leaf: its piece, whether that was chosen away from the piece's ends (or exactly: the exact history is
  // on it), and how many breakpoints its map has. The maps themselves are not kept (`mapAt` makes one again
  // where a walk stops): a long table would keep hundreds of bytes per event.
  private readonly piece: Uint8Array;
  private readonly certain: Uint8Array;
  private readonly breakpoints: Uint8Array;
  /** `skip`'s and `walk`'s right-side nodes (one per level). */
  private readonly right = new Int32Array(32);
  /** Leaves below this index have their ancestors computed. */
  private built = 0;
  private set = 0;
  /** How many leaves are certain walls (`leafIsCertainWall`). */
  private walls = 0;
  private readonly identity: EventMap;

  // The running value of a walk (a triple-double), and as a double.
  private readonly v = new Float64Array(3);
  private vd = 0;

  constructor(
    n: number,
    readonly bits: number,
    /** Event i's map now (the one last appended or placed at i). */
    private readonly mapAt: (i: number) => EventMap,
  ) {
    this.k = BigInt(bits);
    this.one = BigInt(1) << this.k;
    this.inv = Math.pow(2, -bits);
    this.scale = Math.pow(2, bits);
    this.nearAbsolute = Math.pow(2, 24 - bits);
    this.identity = { breakpoints: [], sigma: [this.one], tau: [BigInt(0)] };
    let size = 1;
    while (size < Math.max(1, n)) size *= 2;
    this.size = size;
    this.sig = new Float64Array(6 * size);
    for (let x = 0; x < 2 * size; x++) this.sig[3 * x] = 1;
    this.tau = new Float64Array(6 * size);
    this.lo = new Float64Array(2 * size).fill(-Infinity);
    this.hi = new Float64Array(2 * size).fill(Infinity);
    this.margin = new Float64Array(2 * size);
    this.opaque = new Uint8Array(2 * size);
    this.dirty = new Uint8Array(2 * size);
    this.identityNode = new Uint8Array(2 * size).fill(1);
    this.piece = new Uint8Array(size);
    this.certain = new Uint8Array(size);
    this.breakpoints = new Uint8Array(size);
  }

  /** Two triple-doubles (tripleDouble.ts) too close to tell which is lower: `near` for them. */
  nearTriple(a: Float64Array, ai: number, b: Float64Array, bi: number): boolean {
    return Math.abs(difference(a, ai, b, bi)) <= Math.abs(b[bi]) * NEAR_RELATIVE + this.nearAbsolute;
  }

  toDouble(x: bigint): number {
    return Number(x) * this.inv;
  }

  /** A piece of a map at `v`: σ·v + τ (fixed point). */
  at(map: EventMap, piece: number, v: bigint): bigint {
    const m = this.mapOf(map);
    const s = m.sigma[piece];
    const t = m.tau[piece];
    return s === ZERO ? t : s === this.one ? v + t : ((s * v) >> this.k) + t;
  }

  /** Fixed point of a/b (a, b BigInt integers or fixed point alike). */
  ratio(a: bigint, b: bigint): bigint {
    return (a << this.k) / b;
  }

  private mapOf(map: EventMap): EventMap {
    return map === IDENTITY_MAP ? this.identity : map;
  }

  /** Event i (applied in order) with its piece: no ancestors are computed until the tree is next read. */
  append(i: number, map: EventMap, piece: number): void {
    this.writeLeaf(i, this.mapOf(map), piece, true);
    this.set = i + 1;
  }

  /**
   * Event i (applied in order) on its piece given without a map (the forward pass of whole-number issuances,
   * replay.ts): its map's breakpoint count, σ and τ (triple-doubles), and the piece's ends as doubles.
   */
  appendPiece(i: number, piece: number, breakpoints: number, sigma: Float64Array, sAt: number, tau: Float64Array, tAt: number, lo: number, hi: number): void {
    const x = i + this.size;
    const wall = sigma[sAt] === 0;
    this.walls += (wall ? 1 : 0) - (this.certain[i] === 1 && this.sig[3 * x] === 0 ? 1 : 0);
    this.piece[i] = piece;
    this.certain[i] = 1;
    this.breakpoints[i] = breakpoints;
    copyTriple(sigma, sAt, this.sig, 3 * x);
    copyTriple(tau, tAt, this.tau, 3 * x);
    const s = this.sig;
    const t = this.tau;
    const o = 3 * x;
    this.identityNode[x] = s[o] === 1 && s[o + 1] === 0 && s[o + 2] === 0 && t[o] === 0 && t[o + 1] === 0 && t[o + 2] === 0 ? 1 : 0;
    this.opaque[x] = wall ? 1 : 0;
    this.lo[x] = lo;
    this.hi[x] = hi;
    this.margin[x] = 1e-9 * (fin(lo) + fin(hi));
    this.set = i + 1;
  }

  /**
   * Event i gets `map`, whose first piece (the identity) reaches at least as far as its map's did, while the
   * history stays on that piece: the prices are the same, only the range the piece holds for widens.
   */
  widenIdentity(i: number, map: EventMap): void {
    this.writeLeaf(i, this.mapOf(map), 0, this.certain[i] === 1);
    this.update(i);
  }

  /** Event i is in the tree, on a floor or ratchet (σ = 0) chosen away from its ends: the exact history is on it. */
  leafIsCertainWall(i: number): boolean {
    return i < this.set && this.certain[i] === 1 && this.sig[3 * (i + this.size)] === 0;
  }

  /** The last event from `q` down to above `stop` that `leafIsCertainWall`, or −1 (at once when there is none: a history above the floor). */
  lastCertainWall(q: number, stop: number): number {
    if (this.walls === 0) return -1;
    for (let j = q; j > stop && j >= 0; j--) if (this.leafIsCertainWall(j)) return j;
    return -1;
  }

  /** Event i's piece is its map's first (the identity), chosen away from its ends. */
  leafIsCertainIdentity(i: number): boolean {
    return this.piece[i] === 0 && this.certain[i] === 1;
  }

  leafPiece(i: number): number {
    return this.piece[i];
  }

  /** The number of breakpoints of event i's map. */
  leafBreakpoints(i: number): number {
    return this.breakpoints[i];
  }

  /** τ of event i's piece (on a wall: its value), from its map. */
  leafTau(i: number): bigint {
    return this.mapOf(this.mapAt(i)).tau[this.piece[i]];
  }

  private writeLeaf(i: number, map: EventMap, piece: number, certain: boolean): void {
    const x = i + this.size;
    const s = map.sigma[piece];
    const t = map.tau[piece];
    this.walls += (certain && s === ZERO ? 1 : 0) - (this.certain[i] === 1 && this.sig[3 * x] === 0 ? 1 : 0);
    this.piece[i] = piece;
    this.certain[i] = certain ? 1 : 0;
    this.breakpoints[i] = map.breakpoints.length;
    this.identityNode[x] = s === this.one && t === ZERO ? 1 : 0;
    const whole = piece === map.breakpoints.length ? map.whole : undefined;
    if (whole && s !== ZERO) {
      quotient(whole.c, whole.after, this.sig, 3 * x);
      quotient(whole.b, whole.after, this.tau, 3 * x);
    } else {
      this.toTriple(s, this.sig, 3 * x);
      this.toTriple(t, this.tau, 3 * x);
    }
    const wall = s === ZERO;
    this.opaque[x] = wall ? 1 : 0;
    const l = piece > 0 ? this.toDouble(map.breakpoints[piece - 1]) : -Infinity;
    const h = piece < map.breakpoints.length ? this.toDouble(map.breakpoints[piece]) : Infinity;
    this.lo[x] = l;
    this.hi[x] = h;
    this.margin[x] = 1e-9 * (fin(l) + fin(h));
  }

  /** A fixed-point value as the triple-double at `at` of `to` (1 and 0 at once: most of them). */
  toTriple(x: bigint, to: Float64Array, at: number): void {
    if (x === ZERO || x === this.one) {
      to[at] = x === ZERO ? 0 : 1;
      to[at + 1] = to[at + 2] = 0;
    } else fromFixed(x, this.inv, to, at);
  }

  private merge(x: number): void {
    const l = 2 * x;
    const r = l + 1;
    const sig = this.sig;
    const tau = this.tau;
    // an identity on either side: the other side; a wall on the right: the wall; else σr·σl, σr·τl + τr
    const id = this.identityNode;
    id[x] = id[l] & id[r];
    const from = id[r] ? l : id[l] || sig[3 * r] === 0 ? r : -1;
    if (from >= 0) {
      const f = 3 * from;
      const o = 3 * x;
      sig[o] = sig[f];
      sig[o + 1] = sig[f + 1];
      sig[o + 2] = sig[f + 2];
      tau[o] = tau[f];
      tau[o + 1] = tau[f + 1];
      tau[o + 2] = tau[f + 2];
    } else {
      mulAdd(sig, 3 * r, sig, 3 * l, ZERO_TRIPLE, 0, sig, 3 * x);
      mulAdd(sig, 3 * r, tau, 3 * l, tau, 3 * r, tau, 3 * x);
    }
    const a = sig[3 * l];
    const t = tau[3 * l];
    if (this.opaque[l] || this.opaque[r] || !(a > 1e-250) || !Number.isFinite(t)) {
      this.opaque[x] = 1;
      return;
    }
    this.opaque[x] = 0;
    const lr = (this.lo[r] - t) / a;
    const hr = (this.hi[r] - t) / a;
    this.lo[x] = Math.max(this.lo[l], lr);
    this.hi[x] = Math.min(this.hi[l], hr);
    this.margin[x] = Math.max(this.margin[l], (this.margin[r] + 1e-9 * (fin(this.lo[r]) + fin(this.hi[r]) + Math.abs(t))) / a) + 1e-9 * (fin(lr) + fin(hr));
    if (!Number.isFinite(this.margin[x])) this.opaque[x] = 1;
  }

  /** Marks the ancestors of the leaves appended since the last read. */
  private flush(): void {
    if (this.built >= this.set) return;
    for (let lo = (this.built + this.size) >> 1, hi = (this.set - 1 + this.size) >> 1; lo >= 1; lo >>= 1, hi >>= 1) {
      if (lo === hi && this.dirty[lo]) break; // and so are its ancestors
      for (let x = lo; x <= hi; x++) this.dirty[x] = 1;
    }
    this.built = this.set;
  }

  private update(i: number): void {
    for (let x = (i + this.size) >> 1; x >= 1 && !this.dirty[x]; x >>= 1) this.dirty[x] = 1;
  }

  /** Node x, marked, computed from its children (those first, when they changed). */
  private clean(x: number): void {
    const l = 2 * x;
    if (this.dirty[l]) this.clean(l);
    if (this.dirty[l + 1]) this.clean(l + 1);
    this.merge(x);
    this.dirty[x] = 0;
  }

  /** The piece of `map` a price `v` (fixed point) is on, and whether it is clearly inside it. */
  private choose(map: EventMap, v: bigint): { piece: number; certain: boolean } {
    const bp = map.breakpoints;
    let piece = 0;
    while (piece < bp.length && bp[piece] < v) piece++;
    let certain = true;
    for (const b of bp) if (near(v, b)) certain = false;
    return { piece, certain };
  }

  private inPiece(map: EventMap, piece: number, v: bigint): boolean {
    const bp = map.breakpoints;
    return (piece === 0 || v >= bp[piece - 1]) && (piece === bp.length || v <= bp[piece]);
  }

  private applyNode(x: number): void {
    if (this.identityNode[x]) return;
    const s = this.sig;
    if (s[3 * x] !== 1 || s[3 * x + 1] !== 0 || s[3 * x + 2] !== 0) mulAdd(s, 3 * x, this.v, 0, this.tau, 3 * x, this.v, 0);
    else addTo(this.v, 0, this.tau, 3 * x);
    this.vd = this.v[0];
  }

  private inside(x: number): boolean {
    const m = this.margin[x] + 1e-9 * Math.abs(this.vd);
    return this.vd >= this.lo[x] + m && this.vd <= this.hi[x] - m;
  }

  /** Applies the maps of events from … to − 1 to the running value, without looking at the pieces. */
  private skip(from: number, to: number): void {
    // bottom up: the nodes covering [from, to) on the left side in order, those on the right side kept to follow them
    const right = this.right;
    let n = 0;
    for (let l = from + this.size, r = to + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) this.applyClean(l++);
      if (r & 1) right[n++] = --r;
    }
    while (n > 0) this.applyClean(right[--n]);
  }

  /** Follows the running value from `from` on, up to `limit`: the first event where it may leave its piece or meets a wall, or −1 (then the value is at `limit`). */
  private walk(from: number, limit: number): number {
    const right = this.right;
    let n = 0;
    for (let l = from + this.size, r = limit + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) {
        const q = this.enter(l++);
        if (q >= 0) return q;
      }
      if (r & 1) right[n++] = --r;
    }
    while (n > 0) {
      const q = this.enter(right[--n]);
      if (q >= 0) return q;
    }
    return -1;
  }

  /** The events of node x: applied at once when the running value stays inside its pieces, else the first where it may leave one or meets a wall. */
  private enter(x: number): number {
    for (;;) {
      if (this.dirty[x]) this.clean(x);
      if (!this.opaque[x] && this.inside(x)) {
        this.applyNode(x);
        return -1;
      }
      if (x >= this.size) return x - this.size;
      const q = this.enter(2 * x);
      if (q >= 0) return q;
      x = 2 * x + 1;
    }
  }

  private applyClean(x: number): void {
    if (this.dirty[x]) this.clean(x);
    this.applyNode(x);
  }

  /** The running value, fixed point. */
  private value(): bigint {
    return this.fixedOf(this.v, 0);
  }

  /** A triple-double (at `at` of `t`) in the tree's fixed point. */
  fixedOf(t: Float64Array, at: number): bigint {
    return toFixed(t, at, this.scale);
  }

  /**
   * The price after event k − 1 (into `out`, a triple-double) once the events at `changed`
   * (ascending, all below k) have the new maps `maps` (§5(k)(3)), starting
   * from the initial price `initial` (a triple-double). Updates the pieces along the new history.
   */
  readjust(initial: Float64Array, changed: readonly number[], maps: readonly EventMap[], k: number, out: Float64Array): void {
    this.flush();
    copyTriple(initial, 0, this.v, 0);
    this.vd = this.v[0];
    let pos = 0;
    for (let ci = 0; ci < changed.length; ci++) {
      const c = changed[ci];
      this.skip(pos, c);
      this.place(c, this.mapOf(maps[ci]));
      pos = c + 1;
      const limit = ci + 1 < changed.length ? changed[ci + 1] : k;
      for (;;) {
        const q = this.walk(pos, limit);
        if (q < 0) {
          pos = limit;
          break;
        }
        const map = this.mapOf(this.mapAt(q));
        pos = q + 1;
        // clear of its map's breakpoints in doubles (most stops): its piece is known without the fixed point
        const clear = this.clearPiece(map);
        const v = clear < 0 ? this.value() : ZERO;
        if (clear >= 0 ? clear === this.piece[q] : this.inPiece(map, this.piece[q], v)) {
          if (clear < 0 && this.certain[q] === 1 && !this.choose(map, v).certain) this.uncertain(q); // on its piece, but near an end
          this.applyNode(q + this.size);
          // a floor or ratchet the history stays on: from here to the next change it is the stored history
          if (this.sig[3 * (q + this.size)] === 0) break;
        } else this.place(q, map);
      }
    }
    this.skip(pos, k);
    copyTriple(this.v, 0, out, 0);
  }

  private uncertain(i: number): void {
    if (this.sig[3 * (i + this.size)] === 0) this.walls--;
    this.certain[i] = 0;
  }

  /**
   * The piece of `map` the running value is on when the doubles tell: farther than 1e-12 (relative) from every
   * breakpoint, far beyond their 2^-52, so on the piece `choose` gives, clear of its ends; else −1.
   */
  private clearPiece(map: EventMap): number {
    const bp = map.breakpoints;
    const v = this.vd;
    let piece = 0;
    for (let j = 0; j < bp.length; j++) {
      const b = this.toDouble(bp[j]);
      if (Math.abs(v - b) <= 1e-12 * Math.abs(b)) return -1;
      if (b < v) piece = j + 1;
    }
    return piece;
  }

  /** Event i gets `map`, on the piece the running value is on; the running value moves past it. */
  private place(i: number, map: EventMap): void {
    let piece = this.clearPiece(map);
    let certain = true;
    if (piece < 0) ({ piece, certain } = this.choose(map, this.value()));
    this.writeLeaf(i, map, piece, certain);
    this.update(i);
    this.applyNode(i + this.size);
  }
}

const fin = (x: number): number => (Number.isFinite(x) ? Math.abs(x) : 0);
