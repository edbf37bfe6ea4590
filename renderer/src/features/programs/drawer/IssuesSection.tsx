import { useT } from '../../../i18n/i18n-context';
import { CheckboxGroup } from './CheckboxGroup';
import type { SectionProps } from './section-props';

/** Isu/permasalahan yang dijawab: picked from the issues of the program's dimension (reference §5 field 6). */
export const IssuesSection = ({ program: p, workshop: w, change }: SectionProps) => {
  const t = useT();
  // Issues of another dimension stay listed while linked, so they can be unticked after a move.
  const issues = w.issues.filter((i) => i.dimensionId === p.dimensionId || p.issueIds.includes(i.id));
  return (
    <section className="drawer-section" aria-labelledby="program-issues">
      <h3 id="program-issues" className="drawer-section-title">
        {t('programs.section.issues')}
      </h3>
      <CheckboxGroup
        legend={t('programs.field.issues')}
        items={issues.map((i) => ({ value: i.id, label: i.text, detail: [t(`issues.kind.${i.kind}`), i.rpjmdIssue].filter(Boolean).join(' · ') }))}
        selected={p.issueIds.filter((id) => issues.some((i) => i.id === id))}
        onChange={(issueIds) => change({ issueIds })}
        columns="wide"
        empty={t('programs.field.issuesNone')}
      />
    </section>
  );
};
