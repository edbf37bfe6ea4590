import { hrefFor } from '../../app/route';
import { useT } from '../../i18n/i18n-context';

/** How a Bimtek runs in this app, in three steps, beside the list. */
export const StartGuide = ({ demoId }: { demoId: string | null }) => {
  const t = useT();
  return (
    <aside className="home-guide" aria-labelledby="home-guide-heading">
      <h2 id="home-guide-heading" className="home-kicker">
        {t('home.guide.title')}
      </h2>
      <ol className="home-steps">
        <li>
          <strong>{t('home.guide.step1.title')}</strong>
          <span>{t('home.guide.step1.body')}</span>
          {demoId ? (
            <a className="home-guide-link" href={hrefFor({ screen: 'workshop', workshopId: demoId, worksheet: null })}>
              {t('home.guide.openDemo')}
            </a>
          ) : null}
        </li>
        <li>
          <strong>{t('home.guide.step2.title')}</strong>
          <span>{t('home.guide.step2.body')}</span>
        </li>
        <li>
          <strong>{t('home.guide.step3.title')}</strong>
          <span>{t('home.guide.step3.body')}</span>
        </li>
      </ol>
      <p className="home-guide-note">{t('home.guide.offline')}</p>
    </aside>
  );
};
