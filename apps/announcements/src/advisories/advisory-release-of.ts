import type { Severity } from '@csirt/contracts';
import type { AdvisoryRelease } from '../delivery/advisory-release';
import type { AdvisoryContent } from './advisory-content';
import type { AdvisoryRevision, ReleaseAction } from './advisory.entity';

/**
 * What delivery receives for one release: the partner wording (what becomes CSAF), the
 * customer notice for constituencies, the audience and the whole revision history. Pure,
 * so what partners would get is decided by data alone. Empty lists are left out, as
 * CSAF has no use for them.
 */
export function releaseOf(args: {
  advisoryId: string;
  reference: string;
  action: ReleaseAction;
  content: AdvisoryContent;
  /** Every release so far, the current one included, oldest first. */
  history: readonly Pick<AdvisoryRevision, 'number' | 'releasedAt' | 'summary'>[];
  withdrawalReason?: string;
}): AdvisoryRelease {
  const { content, history } = args;
  const current = history[history.length - 1];
  const some = <T>(list: T[]) => (list.length > 0 ? list : undefined);
  return {
    advisoryId: args.advisoryId,
    action: args.action,
    revision: current.number,
    releasedAt: current.releasedAt,
    document: {
      kind: content.kind,
      trackingId: args.reference,
      title: content.title,
      summary: content.summary,
      body: content.body,
      severity: content.severity as Severity,
      tlp: content.tlp,
      status: 'final',
      revisionHistory: history.map((revision) => ({ date: revision.releasedAt.toISOString(), summary: revision.summary })),
      cveIds: some(content.cveIds),
      affectedProducts: some(
        content.affectedProducts.map((p) => ({
          vendor: p.vendor,
          product: p.product,
          affectedVersions: some(p.affectedVersions),
          fixedVersions: some(p.fixedVersions),
        })),
      ),
      remediations: some(
        content.remediations.map((r) => ({
          category: r.category.toLowerCase() as Lowercase<typeof r.category>,
          details: r.details,
          ...(r.url ? { url: r.url } : {}),
        })),
      ),
      references: some(content.references.map((r) => ({ url: r.url, summary: r.summary }))),
      acknowledgements: some(
        content.credits.map((c) => ({
          attribution: c.anonymised ? ('anonymised' as const) : ('credited' as const),
          names: some(c.names),
          ...(c.organization ? { organization: c.organization } : {}),
          ...(c.summary ? { summary: c.summary } : {}),
          urls: some(c.urls),
        })),
      ),
      ...(args.withdrawalReason ? { withdrawal: { reason: args.withdrawalReason } } : {}),
    },
    audience: {
      community: content.audience.community,
      partnerIds: content.audience.partnerIds,
      constituencyIds: content.audience.constituencyIds,
    },
    customerNotice: content.customerNotice,
  };
}
