import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createOSMStream } from 'osm-pbf-parser-node';
import { SaxesParser } from 'saxes';
import { ImportError } from '../import-error';

export interface OsmNode {
  type: 'node';
  id: number;
  lon: number;
  lat: number;
  tags: Record<string, string>;
}

export interface OsmWay {
  type: 'way';
  id: number;
  refs: number[];
  tags: Record<string, string>;
}

export type OsmElement = OsmNode | OsmWay;

/**
 * Streams the nodes and ways of an OSM file: `.osm.pbf` through osm-pbf-parser-node, OSM XML
 * (`.osm`, `.xml`) through the saxes streaming parser. Relations are skipped.
 */
export async function* readOsm(file: string): AsyncGenerator<OsmElement> {
  try {
    await access(file);
  } catch {
    throw new ImportError(file, 'cannot read the file');
  }
  if (/\.pbf$/i.test(file)) yield* readPbf(file);
  else yield* readXml(file);
}

async function* readPbf(file: string): AsyncGenerator<OsmElement> {
  try {
    for await (const item of createOSMStream(file, { withInfo: false })) {
      const element = item as { type?: string; id: number; lat?: number; lon?: number; refs?: number[]; tags?: Record<string, string> };
      if (element.type === 'node') yield { type: 'node', id: element.id, lon: element.lon!, lat: element.lat!, tags: element.tags ?? {} };
      else if (element.type === 'way') yield { type: 'way', id: element.id, refs: element.refs ?? [], tags: element.tags ?? {} };
    }
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(file, `not a readable OSM PBF file (${(err as Error).message})`);
  }
}

async function* readXml(file: string): AsyncGenerator<OsmElement> {
  const parser = new SaxesParser();
  const ready: OsmElement[] = [];
  let current: OsmElement | null = null;
  let sawOsmRoot = false;
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'osm') sawOsmRoot = true;
    else if (tag.name === 'node') current = { type: 'node', id: Number(a.id), lon: Number(a.lon), lat: Number(a.lat), tags: {} };
    else if (tag.name === 'way') current = { type: 'way', id: Number(a.id), refs: [], tags: {} };
    else if (tag.name === 'relation') current = null;
    else if (tag.name === 'tag' && current) current.tags[a.k] = a.v;
    else if (tag.name === 'nd' && current?.type === 'way') current.refs.push(Number(a.ref));
  });
  parser.on('closetag', (tag) => {
    if ((tag.name === 'node' || tag.name === 'way') && current) {
      ready.push(current);
      current = null;
    }
  });
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) {
      parser.write(chunk as string);
      yield* ready.splice(0);
    }
    parser.close();
  } catch (err) {
    throw new ImportError(file, `not well-formed OSM XML (${(err as Error).message.split('\n')[0]})`);
  }
  yield* ready.splice(0);
  if (!sawOsmRoot) throw new ImportError(file, 'not an OSM XML file (no <osm> root element)');
}
