/**
 * Which registry category an OpenStreetMap object belongs to, from its tags.
 * Objects that are not public facilities (crossings, traffic signals) map to null.
 */
const AMENITY: Record<string, string> = {
  school: 'school',
  kindergarten: 'kindergarten',
  college: 'college',
  university: 'university',
  language_school: 'training_centre',
  music_school: 'training_centre',
  driving_school: 'training_centre',
  prep_school: 'training_centre',
  clinic: 'clinic',
  doctors: 'clinic',
  hospital: 'hospital',
  pharmacy: 'pharmacy',
  social_facility: 'social_service',
  library: 'library',
  theatre: 'theatre',
  arts_centre: 'theatre',
  bus_station: 'station',
  police: 'police',
  fire_station: 'fire_station',
  townhall: 'townhall',
  post_office: 'post_office',
  bank: 'bank',
  marketplace: 'shop',
};

export function categoryFromOsmTags(tags: Record<string, unknown>): string | null {
  const amenity = typeof tags.amenity === 'string' ? tags.amenity : '';
  if (AMENITY[amenity]) return AMENITY[amenity];
  if (tags.tourism === 'museum') return 'museum';
  if (tags.leisure === 'sports_centre') return 'sport_centre';
  if (tags.office === 'government') return 'public_service_centre';
  if (typeof tags.shop === 'string' && tags.shop !== '') return 'shop';
  if (tags.railway === 'station') return 'station';
  const highway = typeof tags.highway === 'string' ? tags.highway : '';
  if (highway === 'bus_stop' || tags.public_transport === 'platform' || tags.public_transport === 'stop_position') return 'bus_stop';
  return null;
}
