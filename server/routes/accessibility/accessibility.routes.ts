import { z } from 'zod';
import { PhotoHashParam } from '../photos/photos.routes';
import { FacilityIdParam } from '../facilities/facilities.routes';

export { FacilityIdParam };
export const FacilityPhotoParam = FacilityIdParam.extend(PhotoHashParam.shape);
export type FacilityPhotoParam = z.output<typeof FacilityPhotoParam>;
