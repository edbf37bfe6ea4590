import type { Mission } from '../../../../shared/model';
import type { WrappingOption } from '../../components/WrappingSelect';
import type { Translate } from '../../i18n/i18n-context';

const MAX = 48;

/** A mission's text cut to fit a drop-down: "Mewujudkan pelayanan publik digital yang cepat…". */
export const shortMission = (mission: Mission): string => (mission.text.length <= MAX ? mission.text : `${mission.text.slice(0, MAX - 1).trimEnd()}…`);

/** A goal's mission choices: "Misi 1: Mewujudkan pelayanan publik digital yang cepat…", the whole mission as the tooltip. */
export const missionChoices = (missions: readonly Mission[], t: Translate): WrappingOption[] => [
  { value: '', label: t('vision.goal.noMission') },
  ...missions.map((m, i) => ({
    value: m.id,
    label: t('vision.goal.missionOption', { number: i + 1, text: shortMission(m) }),
    title: t('vision.goal.missionOption', { number: i + 1, text: m.text }),
  })),
];
