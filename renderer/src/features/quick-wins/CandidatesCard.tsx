import { gateHints, gateVerdict } from '../../../../shared/logic/quick-win-gates';
import type { Workshop } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { RemoveCell } from '../../forms/EditableTable';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { dimensionName } from '../summary/lookups';
import { Chip, EmptyNote } from '../summary/SummaryKit';
import { AddCandidate } from './AddCandidate';
import { candidatesInOrder, programLabel } from './candidate-order';
import { GATES, hintText } from './gate-words';
import { useQuickWinCommands } from './use-quick-win-commands';

/** Kandidat quick win and the four gate checks (reference §6.3), ticked by the room with hints from the program data. */
export const CandidatesCard = ({ workshop: w }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  const { updateCandidate, removeCandidate } = useQuickWinCommands();
  const rows = candidatesInOrder(w);
  return (
    <section className="card" aria-labelledby="qw-candidates-heading">
      <div className="card-heading-row">
        <h2 id="qw-candidates-heading" className="card-title">
          {t('quick-wins.candidates.title')}
        </h2>
        <span className="badge badge-muted">{t('quick-wins.candidates.count', { count: rows.length })}</span>
      </div>
      <p className="card-lead">{t('quick-wins.candidates.lead')}</p>
      <AddCandidate workshop={w} />
      <ol className="qw-gate-legend">
        {GATES.map((gate) => (
          <li key={gate}>
            <strong>{t(`quick-wins.gate.${gate}`)}</strong> — {t(`quick-wins.gate.${gate}.long`)}
          </li>
        ))}
      </ol>
      {rows.length === 0 ? (
        <EmptyNote>{t('quick-wins.candidates.empty')}</EmptyNote>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="qw-gates-caption" tabIndex={0}>
          <table className="data-table qw-table">
            <caption id="qw-gates-caption" className="visually-hidden">
              {t('quick-wins.candidates.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('programs.name')}</th>
                {GATES.map((gate) => (
                  <th key={gate} scope="col" className="qw-gate-head">
                    {t(`quick-wins.gate.${gate}`)}
                  </th>
                ))}
                <th scope="col">{t('quick-wins.gates.result')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('quick-wins.candidates.removeColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ candidate, program }) => {
                const hints = gateHints(w, program);
                const verdict = gateVerdict(candidate.gates, hints);
                return (
                  <tr key={candidate.id}>
                    <th scope="row" className="row-title">
                      <span className="code">{program.code}</span> {program.name}
                      <span className="row-detail">{dimensionName(w, program.dimensionId, language)}</span>
                    </th>
                    {GATES.map((gate) => {
                      const hint = hints[gate];
                      const hintId = `qw-hint-${candidate.id}-${gate}`;
                      return (
                        <td key={gate} className="qw-gate-cell">
                          <label className="qw-gate-check">
                            <input
                              type="checkbox"
                              checked={candidate.gates[gate]}
                              aria-describedby={hintId}
                              onChange={(e) => {
                                const checked = e.target.checked;
                                updateCandidate(candidate.id, (c) => ({ ...c, gates: { ...c.gates, [gate]: checked } }));
                              }}
                            />
                            <span className="visually-hidden">{t('quick-wins.gates.check', { program: programLabel(program), gate: t(`quick-wins.gate.${gate}`) })}</span>
                          </label>
                          <span id={hintId} className={`qw-hint ${hint.met ? 'is-met' : 'is-unmet'}`}>
                            <span className="visually-hidden">{t('quick-wins.gates.hintPrefix')} </span>
                            <Icon name={hint.met ? 'check' : 'alert'} className="qw-hint-icon" />
                            {hintText(t, hint)}
                          </span>
                        </td>
                      );
                    })}
                    <td className="qw-verdict">
                      {verdict.code === 'pass' ? (
                        <Chip tone="green">{t('quick-wins.gates.pass')}</Chip>
                      ) : verdict.code === 'fail' ? (
                        <Chip tone="amber">{t('quick-wins.gates.fail')}</Chip>
                      ) : (
                        <>
                          <Chip tone="amber">{t('quick-wins.gates.passWithNotes')}</Chip>
                          <span className="qw-verdict-notes">
                            {t('quick-wins.gates.notes', { notes: verdict.notes.map((hint) => hintText(t, hint)).join('; ') })}
                          </span>
                        </>
                      )}
                    </td>
                    <RemoveCell cellClassName="qw-actions" label={t('quick-wins.candidates.remove', { program: programLabel(program) })} onRemove={() => removeCandidate(candidate.id)} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
