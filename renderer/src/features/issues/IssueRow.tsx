import { z } from 'zod';
import { RegionalIssueSchema, type RegionalIssue } from '../../../../shared/model';
import { Icon } from '../../components/Icon';
import { InlineTextCommitField } from '../../forms/InlineTextCommitField';
import { useT } from '../../i18n/i18n-context';
import { issueTextId } from './issue-field-ids';
import { useIssueCommands } from './use-issue-commands';
import { CardRoomChips, HideCardButton } from '../room/CardRoomActions';

const I = RegionalIssueSchema.shape;
/** Read trimmed, so a stray space after the strategic issue is not a change worth saving. */
const RpjmdIssueText = z.string().trim().max(500, 'Isu strategis RPJMD paling banyak 500 karakter');

interface Props {
  issue: RegionalIssue;
  number: number;
  suggestionListId: string;
  onRemove(): void;
}

/** One problem or potential, edited where it stands: its text and the RPJMD strategic issue it belongs to. */
export const IssueRow = ({ issue, number, suggestionListId, onRemove }: Props) => {
  const t = useT();
  const { patch } = useIssueCommands();
  const kind = t(issue.kind === 'potensi' ? 'issues.word.potensi' : 'issues.word.permasalahan');
  return (
    <li className={`issue-row${issue.hidden ? ' is-hidden-card' : ''}`}>
      <span className="issue-number" aria-hidden="true">
        {number}
      </span>
      <div className="issue-body">
        <InlineTextCommitField
          id={issueTextId(issue.id)}
          label={t('issues.item.text', { kind, number })}
          stored={issue.text}
          schema={I.text}
          commit={(text) => patch(issue.id, { text })}
          multiline
          rows={2}
          maxLength={2000}
        />
        <CardRoomChips item={issue} />
        <div className="issue-rpjmd">
          <span className="issue-rpjmd-tag" aria-hidden="true">
            {t('issues.item.rpjmdTag')}
          </span>
          <InlineTextCommitField
            label={t('issues.item.rpjmd', { kind, number })}
            stored={issue.rpjmdIssue}
            schema={RpjmdIssueText}
            commit={(rpjmdIssue) => patch(issue.id, { rpjmdIssue })}
            placeholder={t('issues.item.rpjmdPlaceholder')}
            list={suggestionListId}
            maxLength={500}
          />
        </div>
      </div>
      <HideCardButton card="issue" item={issue} label={`${kind} ${number}`} />
      <button type="button" className="btn btn-small btn-danger-quiet issue-delete" aria-label={t('issues.item.delete', { kind, number })} title={t('issues.item.delete', { kind, number })} onClick={onRemove}>
        <Icon name="trash" />
      </button>
    </li>
  );
};
