/**
 * Test support: writes OSM elements as a small `.osm.pbf` with the PBF library's own message
 * writers, so the importer's PBF path is tested on the same real elements as its XML path.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { Blob as BlobMessage, BlobHeader } from 'osm-pbf-parser-node/proto/fileformat.js';
import { HeaderBlock, PrimitiveBlock } from 'osm-pbf-parser-node/proto/osmformat.js';
import { PbfWriter } from 'pbf';
import type { OsmElement } from './osm-reader';

function encode(write: (obj: object, pbf: PbfWriter) => void, message: object): Uint8Array {
  const pbf = new PbfWriter();
  write(message, pbf);
  return pbf.finish();
}

function fileBlock(type: 'OSMHeader' | 'OSMData', payload: Uint8Array): Buffer {
  const blob = encode(BlobMessage.write, { raw_size: payload.length, zlib_data: deflateSync(payload) });
  const header = encode(BlobHeader.write, { type, datasize: blob.length });
  const size = Buffer.alloc(4);
  size.writeUInt32BE(header.length);
  return Buffer.concat([size, header, blob]);
}

export function writeOsmPbf(file: string, elements: OsmElement[]): void {
  const strings = [''];
  const index = new Map<string, number>([['', 0]]);
  const sid = (s: string) => {
    if (!index.has(s)) index.set(s, strings.push(s) - 1);
    return index.get(s)!;
  };
  const keysVals = (tags: Record<string, string>) => ({ keys: Object.keys(tags).map(sid), vals: Object.values(tags).map(sid) });
  const nodes = elements.filter((e) => e.type === 'node').map((n) => ({
    id: n.id, ...keysVals(n.tags), lat: Math.round(n.lat * 1e7), lon: Math.round(n.lon * 1e7),
  }));
  const ways = elements.filter((e) => e.type === 'way').map((w) => ({
    id: w.id, ...keysVals(w.tags), refs: w.refs.map((ref, i) => (i === 0 ? ref : ref - w.refs[i - 1])),
  }));
  const block = {
    stringtable: { s: strings.map((s) => Buffer.from(s, 'utf8')) },
    primitivegroup: [{ nodes }, { ways }],
    granularity: 100,
  };
  const header = encode(HeaderBlock.write, { required_features: ['OsmSchema-V0.6'], writingprogram: 'kedergisiz-test' });
  writeFileSync(file, Buffer.concat([fileBlock('OSMHeader', header), fileBlock('OSMData', encode(PrimitiveBlock.write, block))]));
}
