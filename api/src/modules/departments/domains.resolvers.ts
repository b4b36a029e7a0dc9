import type { MercuriusContext } from 'mercurius';
import type { Resolvers } from '../../generated/graphql.ts';
import type { Department } from '@muster/db';
import { clientError, FieldErrors } from '../../graphql/errors.ts';
import * as validate from '../../graphql/validate.ts';
import { canManagePeople, requirePeopleManager } from '../../policy.ts';
import { audit } from '../audit/index.ts';
import { findDepartmentBySlug } from './departments.repository.ts';
import { domainsHeldElsewhere, domainsOf, replaceDomains } from './domains.repository.ts';
import { isWebmailDomain } from './webmail-domains.ts';

type Ctx = MercuriusContext;

export const maxDomains = 20;

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** A hostname with at least one dot and a top-level domain of letters, e.g. memphistn.gov. */
function isHostname(domain: string): boolean {
  const labels = domain.split('.');
  return domain.length <= 253 && labels.length >= 2 && labels.every((l) => label.test(l)) && /^[a-z]{2,63}$/.test(labels.at(-1)!);
}

/** Lower-cased, trimmed, without a leading @ (people paste "@memphistn.gov"). */
export function normaliseDomain(value: string): string {
  return value.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

export const resolvers: Resolvers = {
  Mutation: {
    setDepartmentDomains: async (_root, args, ctx) => {
      const department = await findDepartmentBySlug(ctx.db, validate.slug('slug', args.slug));
      if (!department) throw clientError('NOT_FOUND', 'There is no department at that address.', { field: 'slug' });
      requirePeopleManager(ctx.viewer, department.id);
      validate.listSize('domains', args.domains, maxDomains);

      const errors = new FieldErrors();
      const domains: string[] = [];
      args.domains.forEach((value, i) => {
        const domain = normaliseDomain(value);
        const field = `domains.${i}`;
        if (!domain) return; // a blank line in the text area
        if (!isHostname(domain))
          errors.add(field, `"${value.trim().slice(0, 80)}" is not a domain: write the part after the @, such as memphistn.gov.`);
        else if (isWebmailDomain(domain))
          errors.add(field, `${domain} is a webmail provider anyone can get an address on; list only your department's own domains.`);
        else if (!domains.includes(domain)) domains.push(domain);
      });
      const held = await domainsHeldElsewhere(ctx.db, department.id, domains);
      args.domains.forEach((value, i) => {
        const owner = held.get(normaliseDomain(value));
        if (owner)
          errors.add(`domains.${i}`, `${normaliseDomain(value)} is already listed by ${owner}; a domain belongs to one department.`);
      });
      errors.throwIfAny();

      const before = (await domainsOf(ctx.db, [department.id])).get(department.id) ?? [];
      const updated = await ctx.db.transaction(async (tx) => {
        const row = await replaceDomains(tx, department.id, domains, args.autoVerify, ctx.now());
        await audit(
          ctx,
          {
            action: 'DEPARTMENT_DOMAINS_SET',
            outcome: 'SUCCESS',
            detail: `${department.slug}: [${before.join(', ')}] auto-verify ${department.autoVerifyDomain ? 'on' : 'off'} → [${domains.join(', ')}] auto-verify ${args.autoVerify ? 'on' : 'off'}`,
          },
          tx,
        );
        return row;
      });
      return updated;
    },
  },
  Department: {
    autoVerifyDomain: (department, _args, ctx) => canManagePeople(ctx.viewer, department.id) && department.autoVerifyDomain,
    viewerCanManagePeople: (department, _args, ctx) => canManagePeople(ctx.viewer, department.id),
  },
};

export const domainLoaders = {
  Department: {
    domains: async (queries: { obj: Department }[], ctx: Ctx) => {
      const allowed = queries.map((q) => q.obj.id).filter((id) => canManagePeople(ctx.viewer, id));
      const byDepartment = await domainsOf(ctx.db, allowed);
      return queries.map((q) => byDepartment.get(q.obj.id) ?? []);
    },
  },
};
