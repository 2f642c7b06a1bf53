import type { EntityManager } from 'typeorm';
import type { AdvisoryRelease, ReleaseDelivery } from '../delivery/advisory-release';

/**
 * A `ReleaseDelivery` for tests: keeps every release it is handed, so a test asserts what
 * would be delivered. `refuseNext` makes the next delivery throw, as a partner agreement
 * refusal would, to show the release rolls back. It writes a row in the caller's
 * transaction, so a test can also see that delivery ran inside it (and rolled back with it).
 */
export class ReleaseRecorder implements ReleaseDelivery {
  readonly releases: AdvisoryRelease[] = [];
  private refusal: Error | null = null;

  refuseNext(error: Error): void {
    this.refusal = error;
  }

  async deliver(manager: EntityManager, release: AdvisoryRelease): Promise<void> {
    // Proves the manager is the authoring transaction's: this read sees the revision it just wrote.
    const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM advisory_revision WHERE advisory_id = $1 AND number = $2', [
      release.advisoryId,
      release.revision,
    ]);
    if (n !== 1) throw new Error('delivery ran outside the authoring transaction');
    if (this.refusal) {
      const error = this.refusal;
      this.refusal = null;
      throw error;
    }
    this.releases.push(structuredClone(release));
  }

  of(advisoryId: string): AdvisoryRelease[] {
    return this.releases.filter((release) => release.advisoryId === advisoryId);
  }
}
