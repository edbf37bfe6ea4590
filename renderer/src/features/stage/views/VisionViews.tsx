import type { Workshop } from '../../../../../shared/model';
import { formatNumber } from '../../../i18n/format';
import { useLanguage, useT, type Language } from '../../../i18n/i18n-context';
import { RichTextBlocks, richDocIsEmpty, roomy } from '../stage-text';

/** The vision statement in large type, its keywords below. */
export const VisionView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { statement, keywords } = workshop.vision;
  return (
    <div className="panggung-vision">
      {richDocIsEmpty(statement) ? <p className="panggung-empty">{t('stage.vision.none')}</p> : <RichTextBlocks doc={statement} className="panggung-vision-text" />}
      {keywords.length > 0 ? (
        <section className="panggung-keywords" aria-labelledby="panggung-keywords-title">
          <h2 id="panggung-keywords-title" className="visually-hidden">
            {t('stage.vision.keywords')}
          </h2>
          <ul>
            {keywords.map((keyword) => (
              <li key={keyword}>{keyword}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
};

/** The missions, numbered, each with the dimensions it serves. */
export const MissionsView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const codes = new Map(workshop.dimensionSet.dimensions.map((d) => [d.id, d.code]));
  if (workshop.missions.length === 0) return <p className="panggung-empty">{t('stage.missions.none')}</p>;
  return (
    <ol className={`panggung-missions${roomy(workshop.missions.length, 6)}`}>
      {workshop.missions.map((mission) => (
        <li key={mission.id}>
          <span>{mission.text}</span>
          {mission.dimensionIds.length > 0 ? (
            <span className="panggung-tags">
              {mission.dimensionIds.map((id) => (
                <span key={id} className="panggung-tag">
                  {codes.get(id) ?? id}
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
};

/** "5.750 UMKM" in Indonesian, "5,750 UMKM" in English: the same grouping as the Rupiah on the other views. */
const figure = (value: number, unit: string, language: Language): string => `${formatNumber(value, language, 4)}${unit.trim() ? ` ${unit.trim()}` : ''}`;

/** Goals with their indicator and target, as the room agreed them. */
export const GoalsView = ({ workshop }: { workshop: Workshop }) => {
  const t = useT();
  const { language } = useLanguage();
  if (workshop.goals.length === 0) return <p className="panggung-empty">{t('stage.goals.none')}</p>;
  return (
    <ol className={`panggung-goals${roomy(workshop.goals.length, 6)}`}>
      {workshop.goals.map((goal) => (
        <li key={goal.id}>
          <p className="panggung-goal-text">{goal.text}</p>
          {goal.indicator.name.trim() !== '' || goal.indicator.targets.length > 0 ? (
            <p className="panggung-goal-indicator">
              {goal.indicator.name}
              {goal.indicator.targets.length > 0 ? (
                <strong className="panggung-goal-target">
                  {' → '}
                  {t('stage.goals.target', { target: goal.indicator.targets.map((x) => `${figure(x.value, goal.indicator.unit, language)} (${x.year})`).join(', ') })}
                </strong>
              ) : null}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
};
