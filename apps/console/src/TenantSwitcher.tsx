import { Select } from '@codegouvfr/react-dsfr/Select';

/** For the préfecture's analysts, who read the sous-préfectures as well as Metz. */
export function TenantSwitcher({ tenants, value, onChange }: { tenants: { id: string; name: string }[]; value: string; onChange: (id: string) => void }) {
  return (
    <div className="fr-col-12 fr-col-md-6 fr-mb-2w">
      <Select label="Site consulté" hint="Les données affichées sont celles de ce site." nativeSelectProps={{ id: 'site-consulte', value, onChange: (e) => onChange(e.target.value) }}>
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
