import { ReadinessItemSchema } from '../../model';
import { collectionCommands, topCollection } from './collection-def';

/** The readiness worksheet (struktur, infrastruktur, suprastruktur). */
export const ReadinessItemCollection = topCollection('readinessItems', 'readinessItem', ReadinessItemSchema);

export const readinessDefs = {
  ...collectionCommands('ReadinessItem', ReadinessItemCollection),
};
