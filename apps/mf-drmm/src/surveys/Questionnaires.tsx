import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Loading, Pager, Table, errorMessage, useCursorPages, useDisclosure, usePageTitle, useTenantTime } from '@qualipref/console-kit';
import { Link, useNavigate, useParams } from 'react-router';
import { QuestionnaireEditor } from './QuestionnaireEditor.js';
import { DIMENSIONS, QUESTION_KINDS } from './labels.js';
import { QUESTIONNAIRE, QUESTIONNAIRES, QUESTIONNAIRE_VERSIONS } from './operations.js';

function Frozen({ frozenAt }: { frozenAt: string | null | undefined }) {
  const time = useTenantTime();
  return frozenAt ? (
    <Badge as="span" severity="info" small noIcon>
      {`Utilisé depuis le ${time.formatShortDate(frozenAt)}`}
    </Badge>
  ) : (
    <Badge as="span" severity="new" small noIcon>
      Modifiable
    </Badge>
  );
}

/** S2: the tenant's questionnaires, each version on its line. */
export function Questionnaires({ tenantId }: { tenantId: string }) {
  const pages = useCursorPages();
  const navigate = useNavigate();
  const creating = useDisclosure();
  const { data, error, loading } = useQuery(QUESTIONNAIRES, { variables: { tenantId, after: pages.after } });
  return (
    <section aria-labelledby="questionnaires-titre">
      <p>
        <Link to=".." relative="path">
          ← Enquêtes
        </Link>
      </p>
      <h2 id="questionnaires-titre">Questionnaires</h2>
      <p>Une version utilisée par une enquête ne change plus : faites-en une nouvelle version, en gardant les clés des questions pour comparer les résultats d’une année à l’autre.</p>
      {data?.tenant?.viewerCan.manageSurveys &&
        (creating.open ? (
          <div ref={creating.area}><QuestionnaireEditor mode={{ kind: 'create' }} initial={null} onSaved={(id) => navigate(id)} onCancel={creating.hide} /></div>
        ) : (
          <Button ref={creating.opener} iconId="fr-icon-add-line" className="fr-mb-3w" onClick={creating.show}>
            Nouveau questionnaire
          </Button>
        ))}
      {loading && !data && <Loading />}
      {error && <Alert severity="error" title="Questionnaires indisponibles" description={errorMessage(error)} />}
      {data?.questionnaires &&
        (data.questionnaires.totalCount === 0 ? (
          <p>Aucun questionnaire dans ce site.</p>
        ) : (
          <>
            <Table caption={`Versions de questionnaires (${data.questionnaires.totalCount})`} headers={['Questionnaire', 'Clé', 'Version', 'Questions', 'État']}>
              {data.questionnaires.nodes.map((q) => (
                <tr key={q.id}>
                  <th scope="row">
                    <Link to={q.id}>{q.title}</Link>
                  </th>
                  <td>
                    <code>{q.key}</code>
                  </td>
                  <td>{q.version}</td>
                  <td>{q.questions.length}</td>
                  <td>
                    <Frozen frozenAt={q.frozenAt} />
                  </td>
                </tr>
              ))}
            </Table>
            <Pager pages={pages} pageInfo={data.questionnaires.pageInfo} label="questionnaires" />
          </>
        ))}
    </section>
  );
}

/** One questionnaire version: its questions, its other versions, and for managers a change or a new version. */
export function Questionnaire() {
  const { questionnaireId = '' } = useParams();
  const navigate = useNavigate();
  // Each button opens the editor in its place and takes the focus back when it closes.
  const updating = useDisclosure();
  const revising = useDisclosure();
  const opened = updating.open ? updating : revising.open ? revising : null;
  const editing = updating.open ? 'update' : revising.open ? 'revise' : null;
  const { data, error, loading } = useQuery(QUESTIONNAIRE, { variables: { id: questionnaireId } });
  const questionnaire = data?.questionnaire;
  usePageTitle(questionnaire?.title);
  const versions = useQuery(QUESTIONNAIRE_VERSIONS, { variables: { tenantId: questionnaire?.tenant.id, key: questionnaire?.key ?? '' }, skip: !questionnaire });
  if (loading && !data) return <Loading />;
  if (error) return <Alert severity="error" title="Questionnaire indisponible" description={errorMessage(error)} />;
  if (!questionnaire) return <Alert severity="info" title="Questionnaire introuvable" description="Ce questionnaire n’existe pas ou n’est pas visible pour vous." />;
  const canManage = questionnaire.viewerCanManage;
  const content = { ...questionnaire, sections: questionnaire.sections.map((s) => ({ title: s.title, questions: s.questions })) };
  let number = 0;
  return (
    <>
      <p>
        <Link to=".." relative="path">
          ← Tous les questionnaires
        </Link>
      </p>
      <h2>{questionnaire.title}</h2>
      <p>
        Clé <code>{questionnaire.key}</code> · version {questionnaire.version} · <Frozen frozenAt={questionnaire.frozenAt} />
      </p>
      {questionnaire.description && <p className="fr-text--lead">{questionnaire.description}</p>}
      {(versions.data?.questionnaires?.nodes.length ?? 0) > 1 && (
        <nav aria-label="Versions de ce questionnaire" className="fr-mb-3w">
          Versions :{' '}
          {versions.data!.questionnaires!.nodes.map((v, index) => (
            <span key={v.id}>
              {index > 0 && ' · '}
              {v.id === questionnaire.id ? (
                <strong aria-current="page">version {v.version}</strong>
              ) : (
                <Link to={`../${v.id}`} relative="path">
                  version {v.version}
                </Link>
              )}
            </span>
          ))}
        </nav>
      )}
      {canManage && editing === null && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          {!questionnaire.frozenAt && (
            <li>
              <Button ref={updating.opener} priority="secondary" onClick={updating.show}>
                Modifier cette version
              </Button>
            </li>
          )}
          <li>
            <Button ref={revising.opener} priority="secondary" iconId="fr-icon-add-line" onClick={revising.show}>
              Nouvelle version
            </Button>
          </li>
        </ul>
      )}
      {canManage && opened && editing && (
        <div ref={opened.area}>
          <QuestionnaireEditor
            key={`${questionnaire.id}-${editing}`}
            mode={{ kind: editing, id: questionnaire.id }}
            initial={content}
            onSaved={(id) => {
              opened.hide();
              if (id !== questionnaire.id) navigate(`../${id}`, { relative: 'path' });
            }}
            onCancel={opened.hide}
          />
        </div>
      )}
      {questionnaire.sections.map((section) => (
        <section key={section.id} aria-labelledby={`rubrique-${section.id}`}>
          <h3 id={`rubrique-${section.id}`} className="fr-h5">
            {section.position}. {section.title}
          </h3>
          <Table caption={`Questions de la rubrique « ${section.title} »`} headers={['N°', 'Question', 'Clé', 'Réponse', 'Dimension']}>
            {section.questions.map((q) => {
              number += 1;
              return (
                <tr key={q.id}>
                  <td>{number}</td>
                  <th scope="row">
                    {q.text}
                    {q.required && ' (obligatoire)'}
                    {q.help && <span className="fr-hint-text">{q.help}</span>}
                  </th>
                  <td>
                    <code>{q.key}</code>
                  </td>
                  <td>
                    {QUESTION_KINDS[q.kind]}
                    {q.options.length > 0 && ` : ${q.options.map((o) => o.label).join(' / ')}`}
                    {(q.minValue != null || q.maxValue != null) && ` (de ${q.minValue ?? '…'} à ${q.maxValue ?? '…'})`}
                  </td>
                  <td>{DIMENSIONS[q.dimension]}</td>
                </tr>
              );
            })}
          </Table>
        </section>
      ))}
    </>
  );
}
