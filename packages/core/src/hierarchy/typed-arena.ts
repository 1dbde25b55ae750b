/**
 * A bump allocator for typed arrays: carves many arrays out of a few large `ArrayBuffer`s.
 * Allocating dozens of megabyte-sized typed arrays one by one makes V8 run a full garbage
 * collection over the whole heap (a million parsed accounts) again and again for the external
 * memory; one large buffer costs at most one. Arrays come zero-filled.
 */

/** Hands out zero-filled typed arrays from shared buffers. */
export class TypedArena {
  private buffer: ArrayBuffer;
  private offset = 0;

  /** `bytes`: the expected total; more buffers are added when it runs out. */
  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(Math.max(8, Math.ceil(bytes / 8) * 8));
  }

  private take(bytes: number): [ArrayBuffer, number] {
    const size = Math.ceil(bytes / 8) * 8;
    if (this.offset + size > this.buffer.byteLength) {
      // Each new buffer is twice the last (up to 64 MB), so few buffers serve any total.
      this.buffer = new ArrayBuffer(Math.max(size, Math.min(this.buffer.byteLength * 2, 64 << 20)));
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += size;
    return [this.buffer, at];
  }

  /** A zero-filled `Float64Array` of `n` elements. */
  f64(n: number): Float64Array {
    const [buffer, at] = this.take(n * 8);
    return new Float64Array(buffer, at, n);
  }

  /** A zero-filled `Int32Array` of `n` elements. */
  i32(n: number): Int32Array {
    const [buffer, at] = this.take(n * 4);
    return new Int32Array(buffer, at, n);
  }
}
