/** The message writers osm-pbf-parser-node generates from the OSM PBF .proto files (untyped upstream). */
type OsmPbfProtoWriter = { write(message: object, pbf: import('pbf').PbfWriter): void };
declare module 'osm-pbf-parser-node/proto/fileformat.js' {
  export const Blob: OsmPbfProtoWriter;
  export const BlobHeader: OsmPbfProtoWriter;
}
declare module 'osm-pbf-parser-node/proto/osmformat.js' {
  export const HeaderBlock: OsmPbfProtoWriter;
  export const PrimitiveBlock: OsmPbfProtoWriter;
}
