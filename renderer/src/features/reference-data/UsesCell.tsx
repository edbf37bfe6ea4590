import type { ReferenceUse } from '../../../../shared/logic/reference-usage';
import { useT } from '../../i18n/i18n-context';
import { usesInShort } from './use-labels';

/** What already uses an OPD or a funding source, one short line per kind. */
export const UsesCell = ({ uses }: { uses: readonly ReferenceUse[] }) => {
  const t = useT();
  if (uses.length === 0) return <td className="ref-col-uses muted">{t('reference-data.unused')}</td>;
  return (
    <td className="ref-col-uses">
      <ul className="ref-uses">
        {usesInShort(t, uses).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </td>
  );
};
