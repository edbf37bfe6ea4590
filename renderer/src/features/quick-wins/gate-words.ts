import type { GateHint } from '../../../../shared/logic/quick-win-gates';
import type { QuickWinGates } from '../../../../shared/model';
import type { Translate } from '../../i18n/i18n-context';

export const GATES: readonly (keyof QuickWinGates)[] = ['within12Months', 'singleLeadOpd', 'fundingIdentified', 'linkedToIssueAndRpjmd'];

/** A gate hint in the user's language. */
export const hintText = (t: Translate, hint: GateHint): string => {
  switch (hint.code) {
    case 'firstYear':
    case 'startsLater':
      return t(`quick-wins.hint.${hint.code}`, { year: hint.year });
    case 'leadOpd':
      return t('quick-wins.hint.leadOpd', { opd: hint.opd });
    case 'fundingSources':
      return t('quick-wins.hint.fundingSources', { sources: hint.sources });
    case 'linked':
    case 'noRpjmd':
      return t(`quick-wins.hint.${hint.code}`, { issues: hint.issues });
    default:
      return t(`quick-wins.hint.${hint.code}`);
  }
};
