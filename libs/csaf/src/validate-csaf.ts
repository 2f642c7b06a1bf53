import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import providerMetadataSchema from '../schemas/provider_json_schema.json';
import { CSAF_ERROR, CsafError } from './csaf.errors';

/** What the official validator said: `valid`, or the reasons it is not. */
export interface CsafValidationResult {
  valid: boolean;
  /** At most `MAX_ERRORS` entries: which test, where in the document, and why. */
  errors: Array<{ test: string; instancePath: string; message: string }>;
}

const MAX_ERRORS = 50;
const TIMEOUT_MS = 60_000;

/**
 * Validates a CSAF 2.0 document with the BSI/secvisogram `@secvisogram/csaf-validator-lib`:
 * its strict JSON schema test and every mandatory test (the library's `basic` preset).
 *
 * @throws CsafError `CSAF.VALIDATOR_UNAVAILABLE` when the validator could not run; a
 * document is never reported valid (or invalid) without having been judged.
 */
export function validateCsaf(document: unknown): Promise<CsafValidationResult> {
  return validator().run('csaf', document);
}

/** Validates a `provider-metadata.json` against the OASIS CSAF 2.0 provider metadata schema. */
export function validateProviderMetadata(metadata: unknown): Promise<CsafValidationResult> {
  return validator().run('provider-metadata', metadata);
}

/** Ends the validator worker, e.g. in a test's `afterAll` or on shutdown; it restarts on demand. */
export async function closeCsafValidator(): Promise<void> {
  const current = instance;
  instance = undefined;
  await current?.close();
}

/**
 * The validator library is ESM-only, which jest 30 on Node 20 cannot `require`, and it
 * takes seconds to compile its schemas. So it runs in one long-lived worker thread that
 * loads it with `import()`. The worker's code is a string evaluated in the worker (not a
 * file beside this one), so the esbuild bundles of the apps need nothing copied; the
 * validator modules are found through node_modules from this process.
 *
 * `lib/validate.js` is the library's unchecked runner, chosen over `validateStrict.js`
 * because the latter imports the informative tests (spell checking, URL fetching) and
 * takes three times as long to load; the checking it adds, that each test is one of the
 * library's own, holds by construction: the worker runs only the `basic.js` exports. The schema test runs first and alone:
 * the mandatory tests assume a schema-valid document and some throw on anything else.
 * The provider metadata schema refers to the CSAF schema for `publisher`; the worker adds
 * the library's copy of that schema to the library's own Ajv instance.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loaded = (async () => {
  const [basic, validate, csafAjv, csafSchema] = await Promise.all([
    import(workerData.basic),
    import(workerData.validate),
    import(workerData.csafAjv),
    import(workerData.csafSchema),
  ]);
  const ajv = csafAjv.default;
  if (!ajv.getSchema(csafSchema.default.$id)) ajv.addSchema(csafSchema.default);
  const provider = ajv.compile(workerData.providerSchema);
  const tests = Object.values(basic);
  const schema = tests.filter((t) => t.name === 'csaf_2_0_strict');
  if (schema.length !== 1) throw new Error('csaf_2_0_strict not found in basic.js');
  return { schema, mandatory: tests.filter((t) => t.name !== 'csaf_2_0_strict'), validate: validate.default, provider };
})();
function flatten(result) {
  const errors = [];
  for (const test of result.tests) {
    for (const e of test.errors || []) errors.push({ test: test.name, instancePath: e.instancePath, message: e.message });
  }
  return errors;
}
parentPort.on('message', async ({ id, kind, payload }) => {
  try {
    const { schema, mandatory, validate, provider } = await loaded;
    if (kind === 'csaf') {
      if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        parentPort.postMessage({ id, valid: false, errors: [{ test: 'json', instancePath: '', message: 'a CSAF document is a JSON object' }] });
        return;
      }
      // The mandatory tests assume a schema-valid document (some throw on others), so they
      // run only once the schema test has passed.
      const shape = await validate(schema, payload);
      const result = shape.isValid ? await validate([...schema, ...mandatory], payload) : shape;
      parentPort.postMessage({ id, valid: result.isValid, errors: flatten(result) });
    } else {
      const valid = provider(payload);
      const errors = (provider.errors || []).map((e) => ({ test: 'provider_json_schema', instancePath: e.instancePath, message: e.message }));
      parentPort.postMessage({ id, valid, errors });
    }
  } catch (error) {
    parentPort.postMessage({ id, failure: String(error && error.message || error) });
  }
});
`;

type Reply = { id: number; valid: boolean; errors: CsafValidationResult['errors'] } | { id: number; failure: string };

class ValidatorWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: CsafValidationResult) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private nextId = 1;
  private dead = false;

  constructor() {
    const root = dirname(require.resolve('@secvisogram/csaf-validator-lib/basic.js'));
    const url = (path: string) => pathToFileURL(join(root, path)).href;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        basic: url('basic.js'),
        validate: url('lib/validate.js'),
        csafAjv: url('lib/shared/csafAjv.js'),
        csafSchema: url('lib/schemaTests/csaf_2_0/schema.js'),
        providerSchema: providerMetadataSchema,
      },
    });
    // Idle, the worker must not keep a process (a CLI, a test run) alive; see `settle`.
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(`validator worker failed: ${error.message}`));
    this.worker.on('exit', () => this.fail('validator worker exited'));
  }

  get usable(): boolean {
    return !this.dead;
  }

  run(kind: 'csaf' | 'provider-metadata', payload: unknown): Promise<CsafValidationResult> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        // A worker stuck on one document would stall every later one: replace it.
        this.fail('CSAF validation timed out');
        this.worker.terminate().catch(() => undefined);
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.ref();
      try {
        this.worker.postMessage({ id, kind, payload });
      } catch {
        // Not structured-cloneable (a function, a symbol): not a JSON document either.
        this.pending.delete(id);
        clearTimeout(timer);
        this.idleCheck();
        resolve({ valid: false, errors: [{ test: 'json', instancePath: '', message: 'not JSON data' }] });
      }
    });
  }

  async close(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }

  private settle(reply: Reply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    clearTimeout(waiter.timer);
    this.idleCheck();
    if ('failure' in reply) {
      waiter.reject(unavailable('CSAF validation failed to run', reply.failure));
    } else {
      waiter.resolve({ valid: reply.valid, errors: reply.errors.slice(0, MAX_ERRORS) });
    }
  }

  private fail(reason: string): void {
    this.dead = true;
    for (const waiter of this.pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(unavailable('CSAF validator unavailable', reason));
    }
    this.pending.clear();
  }

  private idleCheck(): void {
    if (this.pending.size === 0) this.worker.unref();
  }
}

/** The worker's own words may name files on this host: kept as `cause`, out of `message`. */
function unavailable(message: string, cause: string): CsafError {
  const error = new CsafError(CSAF_ERROR.VALIDATOR_UNAVAILABLE, message);
  error.cause = cause;
  return error;
}

let instance: ValidatorWorker | undefined;

function validator(): ValidatorWorker {
  if (!instance?.usable) instance = new ValidatorWorker();
  return instance;
}
