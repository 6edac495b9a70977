// Reference side of bench_compute's "run" part: the real @iexec/dataprotector SDK (with iexec
// 9) runs the Content Reader on protected data already granted (to anyone) on the sandbox, N
// times, each from the request to the decrypted report: processProtectedData (result encrypted
// with a given RSA-4096 key, not waiting), waitForTaskCompletion, getResultFromCompletedTask.
// stdin:  { rpcUrl, hubAddress, smsURL, iexecGatewayURL, ipfsNode, ipfsGateway, dataProtector,
//           workerpool, app, protectedData, requesterKey, runs }
// stdout: { seconds: [ ... ], error? }
import { generateKeyPairSync } from 'node:crypto';
import { connectSandbox } from './sandbox_dataprotector.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const { dp } = connectSandbox(input, input.requesterKey);

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 4096,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

const out = { seconds: [] };
try {
  for (let i = 0; i < input.runs; i += 1) {
    const started = Date.now();
    const { taskId, dealId } = await dp.processProtectedData({
      protectedData: input.protectedData,
      app: input.app,
      workerpool: input.workerpool,
      encryptResult: true,
      pemPrivateKey: privateKey,
      waitForResult: false,
    });
    const done = await dp.waitForTaskCompletion({ taskId, dealId });
    if (!done.success) throw new Error(`task ${taskId} ended ${done.status}`);
    const { result } = await dp.getResultFromCompletedTask({
      taskId,
      path: 'report.json',
      pemPrivateKey: privateKey,
    });
    JSON.parse(Buffer.from(result).toString('utf8'));
    out.seconds.push((Date.now() - started) / 1000);
  }
} catch (error) {
  const cause = error?.errorCause?.message ?? error?.cause?.message;
  out.error = String(error?.message ?? error) + (cause ? `: ${cause}` : '');
}
process.stdout.write(JSON.stringify(out));
