/**
 * `node --import tsx tests/publish/publish-until.ts '<json>'`: runs `publish` with the options given and kills its
 * own process with SIGKILL once step `stopAt` is done, as a power cut or an OOM kill would (no `finally`, no exit
 * handler runs). For tests/publish/transaction.test.ts.
 */
import { publish, type PublishOptions, type Step } from '../../lib/publish/publish';

const { stopAt, ...options } = JSON.parse(process.argv[2]!) as PublishOptions & { stopAt: Step };
await publish({
  ...options,
  onStep: (step) => {
    if (step === stopAt) process.kill(process.pid, 'SIGKILL');
  },
});
