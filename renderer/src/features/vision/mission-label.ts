import type { Mission } from '../../../../shared/model';

const MAX = 48;

/** A mission's text cut to fit a drop-down: "Mewujudkan pelayanan publik digital yang cepat…". */
export const shortMission = (mission: Mission): string => (mission.text.length <= MAX ? mission.text : `${mission.text.slice(0, MAX - 1).trimEnd()}…`);
