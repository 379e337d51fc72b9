import { NativeSelect } from '@mantine/core';
import { useFourDomains } from '../plans/tree/fourDomains';

const codes = ['1', '2', '3', '4'].flatMap((domain) => ['a', 'b', 'c'].map((p) => `${domain}${p}`));

/**
 * The Four Domains practices grouped by domain, with their titles once the taxonomy has loaded (codes alone
 * until then), after one leading choice such as "any" or "as the strategy".
 */
export function PracticeSelect({
  id,
  label,
  description,
  value,
  onChange,
  first,
}: {
  id?: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  first: string;
}) {
  const { domains } = useFourDomains();
  const options =
    domains.length > 0
      ? domains.map((domain) => ({
          group: `${domain.code}. ${domain.title}`,
          items: domain.practices.map((p) => ({ value: p.code, label: `${p.code}: ${p.title}` })),
        }))
      : codes.map((code) => ({ value: code, label: code }));
  return (
    <NativeSelect
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: first }, ...options]}
    />
  );
}
