import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FrameworkDetail } from '../../../../shared/schemas/framework';
import type { FrameworkSection } from '../../../../shared/schemas/framework-format';
import { fetchFramework, useFrameworks } from '../../frameworks/api';

/** Strategies are coded to the practices of the shipped Four Domains taxonomy. */
export const practiceFrameworkKey = 'four-domains';

export type Practice = { code: string; title: string };
export type Domain = { code: string; title: string; practices: Practice[] };

/** The taxonomy's domains and their practices, coded like "3c", from a framework definition. */
export function domainsOf(definition: { sections: FrameworkSection[] }): Domain[] {
  return definition.sections.map((section) => ({
    code: section.code ?? section.key,
    title: section.title,
    practices: section.items.map((item) => ({
      code: (item.code ?? item.key).toLowerCase(),
      title: item.title,
    })),
  }));
}

/** The shipped Four Domains practices (the newest published version), loaded once per session. */
export function useFourDomains() {
  const frameworks = useFrameworks();
  const id =
    frameworks.data?.find(
      (f) => f.key === practiceFrameworkKey && f.owner === null && f.status === 'published' && f.latest,
    )?.id ?? null;
  const detail = useQuery({
    queryKey: ['framework', id],
    queryFn: () => fetchFramework(id!),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const domains = useMemo(
    () => (detail.data ? domainsOf((detail.data as FrameworkDetail).definition) : []),
    [detail.data],
  );
  const practices = useMemo(
    () => new Map(domains.flatMap((d) => d.practices.map((p) => [p.code, p] as const))),
    [domains],
  );
  const error = frameworks.error ?? detail.error;
  return {
    domains,
    practices,
    isPending: frameworks.isPending || (id !== null && detail.isPending),
    error,
    retry: () => (frameworks.error ? frameworks.refetch() : detail.refetch()),
  };
}
