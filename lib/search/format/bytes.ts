/** Growable byte buffer with LEB128 varints: what every binary file of the index is written with. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  private reserve(extra: number) {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  byte(value: number) {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  varint(value: number) {
    this.reserve(5);
    while (value > 0x7f) {
      this.buffer[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.buffer[this.length++] = value;
  }

  bytes(data: Uint8Array) {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads what `ByteWriter` wrote. */
export class ByteReader {
  offset = 0;
  constructor(readonly data: Uint8Array) {}

  get done() {
    return this.offset >= this.data.length;
  }

  byte(): number {
    return this.data[this.offset++] ?? 0;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.data[this.offset++] ?? 0;
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }

  bytes(length: number): Uint8Array {
    const out = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
}
