/** The roadmap worksheet as the workshop screen shows it. */
export { RoadmapWorksheet } from './RoadmapWorksheet';
