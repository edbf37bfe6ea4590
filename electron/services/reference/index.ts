export { referenceData } from './reference-data';
export { buildDemoWorkshop } from './demo-workshop';
