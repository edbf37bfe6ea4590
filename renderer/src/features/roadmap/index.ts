/** The roadmap worksheet as the workshop screen shows it. */
export { RoadmapSummary as RoadmapWorksheet } from './RoadmapSummary';
