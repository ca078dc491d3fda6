/**
 * Rendered tiles of one map version, least recently used dropped first once the byte budget is
 * spent. A new version empties the cache: every tile may have changed.
 */
export class TileCache {
  private version = -1;
  private bytes = 0;
  private readonly entries = new Map<string, Uint8Array>();

  constructor(private readonly maxBytes: number) {}

  get(version: number, key: string): Uint8Array | undefined {
    if (version !== this.version) return undefined;
    const tile = this.entries.get(key);
    if (tile) {
      // Re-inserting moves the key to the end of the Map's order: the most recently used.
      this.entries.delete(key);
      this.entries.set(key, tile);
    }
    return tile;
  }

  set(version: number, key: string, tile: Uint8Array): void {
    if (version < this.version || tile.byteLength > this.maxBytes) return;
    if (version > this.version) this.clear(version);
    const previous = this.entries.get(key);
    if (previous) this.bytes -= previous.byteLength;
    this.entries.delete(key);
    this.entries.set(key, tile);
    this.bytes += tile.byteLength;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.byteLength;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private clear(version: number) {
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }
}
