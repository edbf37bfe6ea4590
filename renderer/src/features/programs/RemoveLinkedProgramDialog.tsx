import type { Program } from '../../../../shared/model';
import { RemoveLinkedDialog } from '../../components/RemoveLinkedDialog';
import { useT } from '../../i18n/i18n-context';
import type { ProgramLinks } from './use-program-commands';

interface Props {
  program: Program;
  links: ProgramLinks;
  onClose(): void;
  /** Deletes the program with its quick-win candidates; its RPJMD mappings keep their rows without it, its proposals their status. */
  onConfirm(): void;
}

/** Asks before a program that others point at is deleted, naming what goes with it. "Urungkan" brings all of it back. */
export const RemoveLinkedProgramDialog = ({ program, links, onClose, onConfirm }: Props) => {
  const t = useT();
  return (
    <RemoveLinkedDialog
      title={t('programs.deleteLinked.title', { code: program.code })}
      description={
        links.candidates + links.mappings > 0
          ? t('programs.deleteLinked.description', { code: program.code, name: program.name, candidates: links.candidates, mappings: links.mappings })
          : t('programs.deleteLinked.proposalsOnly', { code: program.code, name: program.name })
      }
      items={links.proposals.map((p) => ({ id: p.id, chip: t('programs.deleteLinked.proposalChip'), text: t('programs.deleteLinked.proposal', { name: p.name }) }))}
      confirmLabel={t('programs.deleteLinked.confirm')}
      onCancel={onClose}
      onConfirm={onConfirm}
      focusCancel
    />
  );
};
