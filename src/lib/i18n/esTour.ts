/**
 * The tour's share of the Spanish overlay, fetched on a Spanish page only, with the tour's
 * words it translates (model/tourText.ts, loaded by the parts that show them). Those parts
 * load after it (tourReady in proseReady.ts), so no English tour text is shown in its place.
 */
import overlayTour from 'virtual:overlay-es-tour';
import { overlayFromJson } from './overlayJson.ts';
import { dataset } from '../model/dataset.ts';
import '../model/tourText.ts';
import { localizeInPlace } from './localizeInPlace.ts';
import { untranslated } from './pageLanguage.ts';

for (const key of localizeInPlace({ tour: dataset.tour }, overlayFromJson(overlayTour)))
  untranslated.add(key);
