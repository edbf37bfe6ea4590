import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { useApi } from '../../api/api-context';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Field } from '../../components/Field';
import { OpdSelect } from '../../components/OpdSelect';
import { useLanguage } from '../../i18n/i18n-context';
import { useParticipantT } from '../i18n/participant-catalogue';
import { participantMessageOf } from '../session/participant-error';
import { deviceKey, saveParticipantSession, type ParticipantSession } from '../session/participant-session';
import { ParticipantHeader } from '../shell/ParticipantHeader';

interface Props {
  /** Why the participant is here again (access revoked, session ended), if they were joined before. */
  notice: string | null;
  onJoined(session: ParticipantSession): void;
}

type Found = MethodOutput<'share.lookup'>;
type JoinAs = 'opd' | 'group';

/**
 * A participant's first screen: the join code, then their name and either their OPD (a list) or
 * their FGD group (one per dimension, each shown with its dimension) — the choice only appears when
 * the workshop has groups.
 */
export const JoinScreen = ({ notice, onJoined }: Props) => {
  const t = useParticipantT();
  const api = useApi();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [name, setName] = useState('');
  const [opdId, setOpdId] = useState('');
  const [joinAs, setJoinAs] = useState<JoinAs>('opd');
  const [groupId, setGroupId] = useState('');
  const { language } = useLanguage();
  // The refusal itself, worded at each render: switching the language rewords it (a stored text stayed Indonesian).
  const [failure, setError] = useState<unknown>(null);
  const error = failure === null ? null : participantMessageOf(failure, t);
  const [busy, setBusy] = useState(false);
  // Pressed with something missing: each missing field says what it needs (a greyed-out button said nothing).
  const [tried, setTried] = useState(false);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (thrown) {
      setError(thrown ?? new Error(''));
    } finally {
      setBusy(false);
    }
  };

  /** Focuses the first field that says what it needs, once React has drawn its message. */
  const focusMissing = (form: HTMLFormElement) =>
    window.setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"], .p-join-groups input')?.focus(), 0);

  const lookUp = () =>
    run(async () => {
      setFound(await api['share.lookup']({ code }));
      setTried(false);
    });

  const join = () =>
    run(async () => {
      const joined = await api['share.join']({ code, name, deviceKey: deviceKey(), ...(joinAs === 'group' ? { groupId } : { opdId }) });
      const session: ParticipantSession = { token: joined.token, workshopId: joined.workshopId, participant: joined.participant };
      saveParticipantSession(session);
      onJoined(session);
    });

  const nameMissing = name.trim() === '';
  const placeMissing = joinAs === 'group' && found !== null && found.groups.length > 0 ? groupId === '' : opdId === '';

  return (
    <div className="p-app">
      <ParticipantHeader />
      <main id="main" className="p-main">
        <section className="p-card" aria-labelledby="join-title">
          <h1 id="join-title" className="p-title">
            {t('share.join.title')}
          </h1>
          {notice && found === null ? (
            <p className="notice notice-warning" role="alert">
              {notice}
            </p>
          ) : null}
          {found === null ? (
            <form
              className="p-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (code.trim() === '') {
                  setTried(true);
                  focusMissing(event.currentTarget);
                  return;
                }
                void lookUp();
              }}
            >
              <p className="p-lead">{t('share.join.lead')}</p>
              <Field label={t('share.join.code')} hint={t('share.join.codeHint')} error={error ?? (tried && code.trim() === '' ? t('participant.join.codeMissing') : null)}>
                {({ inputId, describedBy, invalid }) => (
                  <input
                    id={inputId}
                    className="input join-code-input"
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={12}
                    value={code}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                    onChange={(e) => setCode(e.target.value)}
                  />
                )}
              </Field>
              <div className="p-buttons">
                <button type="submit" className="btn btn-primary" disabled={busy}>
                  {t('share.join.next')}
                </button>
              </div>
            </form>
          ) : (
            <form
              className="p-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (nameMissing || placeMissing) {
                  setTried(true);
                  focusMissing(event.currentTarget);
                  return;
                }
                void join();
              }}
            >
              <p className="p-lead">{t('share.join.workshop', { title: found.workshopTitle })}</p>
              <Field label={t('share.join.name')} error={tried && nameMissing ? t('participant.join.nameMissing') : null}>
                {({ inputId, describedBy, invalid }) => (
                  <input id={inputId} className="input" autoComplete="name" maxLength={80} value={name} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setName(e.target.value)} />
                )}
              </Field>
              {found.groups.length > 0 ? (
                <ChoiceGroup
                  className="p-join-as"
                  legend={t('participant.join.as')}
                  choices={[
                    { value: 'opd' as const, label: t('participant.join.asOpd') },
                    { value: 'group' as const, label: t('participant.join.asGroup') },
                  ]}
                  value={joinAs}
                  onChange={(next) => {
                    setJoinAs(next);
                    setError(null);
                  }}
                />
              ) : null}
              {joinAs === 'opd' || found.groups.length === 0 ? (
                <Field label={t('share.join.opd')} hint={t('share.join.privacy')} error={error ?? (tried && placeMissing ? t('participant.join.opdMissing') : null)}>
                  {({ inputId, describedBy, invalid }) => (
                    // A phone's select would end a long name in "…": OpdSelect shows the chosen OPD whole, wrapped.
                    <OpdSelect
                      id={inputId}
                      value={opdId === '' ? null : opdId}
                      opds={found.opds}
                      noneLabel={t('share.join.chooseOpd')}
                      describedBy={describedBy}
                      invalid={invalid}
                      onChange={(chosen) => setOpdId(chosen ?? '')}
                    />
                  )}
                </Field>
              ) : (
                <>
                  <ChoiceGroup
                    className="p-join-groups"
                    layout="column"
                    legend={t('participant.join.group')}
                    choices={found.groups.map((group) => ({
                      value: group.id,
                      label: (
                        <span className="p-choice-text">
                          <span className="p-choice-main">{group.name}</span>
                          <span className="p-choice-sub">{t('participant.join.groupDimension', { dimension: language === 'en' ? group.dimensionNameEn : group.dimensionName })}</span>
                        </span>
                      ),
                    }))}
                    value={groupId}
                    onChange={setGroupId}
                  />
                  <p className="field-hint">{t('participant.join.groupPrivacy')}</p>
                  {error || (tried && placeMissing) ? (
                    <p className="field-message is-error" role="alert">
                      {error ?? t('participant.join.groupMissing')}
                    </p>
                  ) : null}
                </>
              )}
              <div className="p-buttons">
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => {
                    setFound(null);
                    setError(null);
                    setTried(false);
                  }}
                >
                  {t('share.join.back')}
                </button>
                <button type="submit" className="btn btn-primary" disabled={busy}>
                  {t('share.join.submit')}
                </button>
              </div>
            </form>
          )}
        </section>
      </main>
    </div>
  );
};
