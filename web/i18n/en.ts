/**
 * The English catalogue defines the message keys: kk.ts and ru.ts must give every one of them.
 * `{name}` marks a parameter; the same parameters appear in every language.
 */
export const en = {
  'app.name': 'Kedergisiz',
  'app.tagline': 'Accessibility map of Kazakhstan',
  'app.skipToContent': 'Skip to main content',
  'app.mainNav': 'Main',
  'app.language': 'Language',
  'app.highContrast': 'High contrast',
  'app.serverError': 'Could not reach the server: {message}',
  'app.retry': 'Try again',
  'app.notFound': 'This page does not exist.',
  'app.backToMap': 'Back to the map',
  'app.loading': 'Loading…',

  'nav.map': 'Map',
  'nav.dashboard': 'Dashboard',

  'map.title': 'Map of public facilities',
  'map.label': 'Map. Facilities are also listed in “Facilities in view”.',
  'map.loading': 'Loading the map…',
  'map.unavailable': 'The map could not be shown ({message}). The list of facilities still works.',
  'map.zoomToAstana': 'Zoom to Astana',
  'map.wholeCountry': 'All Kazakhstan',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.attributionToggle': 'Show or hide the map credits',
  'map.metres': 'm',
  'map.kilometres': 'km',
  'map.region': 'Region',
  'map.regionFacilities': '{region} ({count})',
  'map.showing': 'Showing {place}',

  'legend.title': 'Accessibility status',
  'legend.noneAudited': 'No facility has been audited yet: every facility is shown as not audited.',
  'legend.someAudited': 'Audited so far: {audited} of {total} facilities.',
  'legend.cluster': 'A number is a group of nearby facilities: select it to zoom in.',

  'status.accessible': 'Accessible',
  'status.partial': 'Partially accessible',
  'status.conditional': 'Accessible with assistance',
  'status.inaccessible': 'Not accessible',
  'status.unknown': 'Not audited, unknown',

  'group.wheelchair': 'Wheelchair users',
  'group.mobility': 'Other mobility impairments',
  'group.vision': 'Blind or low vision',
  'group.hearing': 'Deaf or hard of hearing',
  'group.intellectual': 'Intellectual disabilities',

  'list.title': 'Facilities in view',
  'list.summary': 'Shown: {shown} of {total}, nearest to the centre of the map first.',
  'list.empty': 'No facilities in this part of the map. Zoom out or choose a region.',
  'list.truncated': 'Only part of the facilities here was loaded ({count}): zoom in to see the rest.',
  'list.loading': 'Loading facilities…',
  'list.error': 'Facilities could not be loaded: {message}',
  'list.selected': 'Selected: {name}',

  'facility.unnamed': '{category} without a name',
  'facility.category': 'Category',
  'facility.region': 'Region',
  'facility.district': 'District',
  'facility.otherNames': 'Also known as',
  'facility.statusTitle': 'Accessibility by group',
  'facility.notAudited': 'This facility has not been audited yet, so its accessibility is not known.',
  'facility.auditedAt': 'Last audit: {date}',
  'facility.adapted': 'Adapted for people with disabilities',
  'facility.selfReportedTitle': 'Reported in OpenStreetMap, not verified by an audit',
  'facility.selfReported.wheelchair': 'Wheelchair access: {value}',
  'facility.selfReported.toilets': 'Wheelchair-accessible toilet: {value}',
  'facility.answer.yes': 'yes',
  'facility.answer.limited': 'limited',
  'facility.answer.no': 'no',
  'facility.source': 'Source: {source}',
  'facility.outsideRegion': 'Outside every region',
  'facility.close': 'Close',
  'facility.notFound': 'This facility no longer exists.',
  'facility.loadError': 'The facility could not be loaded: {message}',
  'facility.panelLabel': 'Facility details',

  'empty.title': 'No facilities yet',
  'empty.body': 'The database is empty. Import the boundaries and the facilities, then reload this page:',
  'empty.dataFolder':
    'Or start the server with the public data folder in place (../shared/data, or the folder named by KEDERGISIZ_DATA_DIR): the demo set is imported on the first start.',
} as const;

export type MessageKey = keyof typeof en;

/** A catalogue must give a text for every key the English one has. */
export type Catalogue = Record<MessageKey, string>;
