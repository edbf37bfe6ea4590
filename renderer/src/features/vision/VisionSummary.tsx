import { richDocToText } from '../../../../shared/model';
import { useT } from '../../i18n/i18n-context';
import { useWorkshop } from '../../session/session-context';
import { Chip, EmptyNote, ReadOnlyBadge, SummaryCard } from '../summary/SummaryKit';

/** Visi, misi dan tujuan: the statement, its keywords, and each mission with its goals. */
export const VisionSummary = () => {
  const t = useT();
  const w = useWorkshop();
  const statement = richDocToText(w.vision.statement).trim();
  const explanation = richDocToText(w.vision.explanation).trim();
  return (
    <>
      <SummaryCard id="vision-statement" title={t('vision.statement')} actions={<ReadOnlyBadge />}>
        {statement ? <blockquote className="vision-statement">{statement}</blockquote> : <EmptyNote>{t('vision.empty')}</EmptyNote>}
        {explanation ? (
          <div className="prose">
            {explanation.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        ) : null}
        {w.vision.keywords.length > 0 ? (
          <div className="chip-row" aria-label={t('vision.keywords')}>
            <span className="chip-row-label">{t('vision.keywords')}:</span>
            {w.vision.keywords.map((k) => (
              <Chip key={k}>{k}</Chip>
            ))}
          </div>
        ) : null}
      </SummaryCard>
      <SummaryCard id="vision-missions" title={t('vision.missions', { count: w.missions.length })}>
        {w.missions.length === 0 ? (
          <EmptyNote>{t('vision.noMissions')}</EmptyNote>
        ) : (
          <ol className="mission-list">
            {w.missions.map((m) => {
              const goals = w.goals.filter((g) => g.missionId === m.id);
              return (
                <li key={m.id}>
                  <p className="mission-text">{m.text}</p>
                  {goals.length > 0 ? (
                    <ul className="goal-list">
                      {goals.map((g) => (
                        <li key={g.id}>
                          <span>{g.text}</span>
                          {g.indicator ? (
                            <span className="row-detail">
                              {t('vision.goalIndicator', { indicator: g.indicator, baseline: g.baseline || '–', target: g.target || '–', unit: g.unit })}
                            </span>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </SummaryCard>
    </>
  );
};
