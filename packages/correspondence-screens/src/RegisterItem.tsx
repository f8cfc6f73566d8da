import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { CHANNELS, FormActions, FormOutcome, useTenantTime, useFieldChecks, whenEmpty } from '@qualipref/console-kit';
import { useId, useState, type FormEvent } from 'react';
import type { CorrespondenceChannel, CorrespondenceServicesQuery, CorrespondentKind, RegisterCorrespondenceItemMutation } from './generated/graphql';
import { REGISTER_ITEM } from './queries.js';

export type DirectorateService = NonNullable<CorrespondenceServicesQuery['services']>['nodes'][number];
export type RegisteredItem = RegisterCorrespondenceItemMutation['registerCorrespondenceItem'];

const CORRESPONDENT_KINDS: Record<CorrespondentKind, string> = {
  USER: 'Usager (particulier)',
  ELECTED_OFFICIAL: 'Élu',
  COLLECTIVITE: 'Collectivité territoriale',
  BUSINESS: 'Entreprise',
  ASSOCIATION: 'Association',
};

/**
 * R1: registers an item received by a service of the directorate; the API sets its due date from the
 * delay target in force at reception (R2), which the page shows once saved.
 */
export function RegisterItemForm({ services, onSaved, onCancel }: { services: DirectorateService[]; onSaved: (item: RegisteredItem) => void; onCancel: () => void }) {
  const id = useId();
  const time = useTenantTime();
  const [channel, setChannel] = useState<CorrespondenceChannel>('LETTER');
  // Typed on the tenant's clocks, whatever the browser's time zone.
  const [receivedAt, setReceivedAt] = useState(() => time.inputValue());
  const [serviceId, setServiceId] = useState(services.length === 1 ? services[0]!.id : '');
  const [correspondentKind, setCorrespondentKind] = useState<CorrespondentKind>('USER');
  const [correspondentName, setCorrespondentName] = useState('');
  const [subject, setSubject] = useState('');
  const [gedReference, setGedReference] = useState('');
  const [register, { loading, error }] = useMutation(REGISTER_ITEM, { refetchQueries: ['DirectorateTableau', 'DirectorateItems'], awaitRefetchQueries: true });
  const checks = useFieldChecks<'receivedAt' | 'serviceId' | 'subject'>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = time.instantOf(receivedAt);
    const valid = checks.validate({
      receivedAt:
        whenEmpty(receivedAt, 'Indiquez la date et l’heure de réception.') ??
        (at ? null : 'Indiquez une date et une heure complètes.') ??
        (receivedAt > time.inputValue() ? 'La date de réception ne peut pas être dans le futur.' : null),
      serviceId: whenEmpty(serviceId, 'Choisissez le service destinataire.'),
      subject: whenEmpty(subject, 'Indiquez l’objet du courrier.'),
    });
    if (!valid || !at) return;
    const input = {
      channel,
      receivedAt: at,
      serviceId,
      correspondentKind,
      correspondentName: correspondentName.trim() || null,
      subject: subject.trim(),
      gedReference: gedReference.trim() || null,
    };
    const result = await register({ variables: { input } }).catch(() => null);
    if (result?.data) onSaved(result.data.registerCorrespondenceItem);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Nouveau courrier" className="fr-p-2w fr-background-alt--grey fr-mb-2w">
      <h3 className="fr-h6">Enregistrer un courrier</h3>
      <FormOutcome error={error} failure="Enregistrement refusé" />
      <Select label="Canal de réception" nativeSelectProps={{ id: `${id}-channel`, value: channel, onChange: (e) => setChannel(e.target.value as CorrespondenceChannel) }}>
        {Object.entries(CHANNELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input label="Date et heure de réception" {...checks.state('receivedAt')} nativeInputProps={{ ...checks.native('receivedAt'), type: 'datetime-local', required: true, max: time.inputValue(), value: receivedAt, onChange: (e) => setReceivedAt(e.target.value) }} />
      <Select label="Service destinataire" {...checks.state('serviceId')} nativeSelectProps={{ ...checks.native('serviceId'), required: true, value: serviceId, onChange: (e) => setServiceId(e.target.value) }}>
        <option value="" disabled>
          Choisir un service
        </option>
        {services.map((s) => (
          <option key={s.id} value={s.id}>
            {s.code} — {s.name}
          </option>
        ))}
      </Select>
      <Select label="Type de correspondant" nativeSelectProps={{ id: `${id}-kind`, value: correspondentKind, onChange: (e) => setCorrespondentKind(e.target.value as CorrespondentKind) }}>
        {Object.entries(CORRESPONDENT_KINDS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
      <Input
        label="Nom du correspondant (facultatif)"
        hintText="Donnée personnelle : ne la saisissez que si le suivi du courrier l’exige."
        nativeInputProps={{ id: `${id}-name`, maxLength: 200, autoComplete: 'off', value: correspondentName, onChange: (e) => setCorrespondentName(e.target.value) }}
      />
      <Input label="Objet" {...checks.state('subject')} nativeInputProps={{ ...checks.native('subject'), required: true, maxLength: 500, value: subject, onChange: (e) => setSubject(e.target.value) }} />
      <Input label="Référence GED (facultatif)" hintText="Unique dans le site : une référence déjà enregistrée est refusée." nativeInputProps={{ id: `${id}-ged`, maxLength: 100, value: gedReference, onChange: (e) => setGedReference(e.target.value) }} />
      <FormActions submit={loading ? 'Enregistrement…' : 'Enregistrer le courrier'} busy={loading} onCancel={onCancel} />
    </form>
  );
}
