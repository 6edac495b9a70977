// Reference side of interop_tst_compute_sdk: the real @iexec/dataprotector (2.0.0-beta.27)
// and iexec (9.0.1) SDKs computing on the sandbox's workerpool. The data owner protects data
// and grants the Content Reader to the requester with the SDK; the requester runs
// processProtectedData (plain, then with an encrypted result) and reads the result back with
// getResultFromCompletedTask; iexec's task.show and result decryption read what the worker left.
// stdin:  { rpcUrl, hubAddress, smsURL, iexecGatewayURL, ipfsNode, ipfsGateway, dataProtector,
//           workerpool, app, ownerKey, requesterKey }
// stdout: { protected, granted, plain: { taskId, seconds, report, show }, encrypted: {...},
//           decrypted: { entries } }
import { utils } from 'iexec';
import { generateKeyPairSync } from 'node:crypto';
import JSZip from 'jszip';
import { connectSandbox } from './sandbox_dataprotector.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const connect = (key) => connectSandbox(input, key);
const owner = connect(input.ownerKey);
const requester = connect(input.requesterKey);

const out = {};
const step = async (name, run) => {
  try {
    out[name] = await run();
  } catch (error) {
    const cause = error?.errorCause?.message ?? error?.cause?.message;
    out[name] = { error: String(error?.message ?? error) + (cause ? `: ${cause}` : '') };
  }
};

let protectedData;
await step('protected', async () => {
  const made = await owner.dp.protectData({
    name: 'computed by the SDK',
    data: { email: 'someone@example.org', notes: 'a,b\n1,2\n3,4\n' },
  });
  protectedData = made.address;
  return { address: made.address };
});
await step('granted', async () => {
  const grant = await owner.dp.grantAccess({
    protectedData,
    authorizedApp: input.app,
    authorizedUser: await requester.signer.getAddress(),
    numberOfAccess: 10,
  });
  return { volume: grant.volume };
});

const show = async (taskId) => {
  const task = await requester.iexec.task.show(taskId);
  return { statusName: task.statusName, results: task.results };
};

await step('plain', async () => {
  const started = Date.now();
  const res = await requester.dp.processProtectedData({
    protectedData,
    app: input.app,
    workerpool: input.workerpool,
    path: 'report.json',
  });
  return {
    taskId: res.taskId,
    seconds: (Date.now() - started) / 1000,
    report: JSON.parse(Buffer.from(res.result).toString('utf8')),
    show: await show(res.taskId),
  };
});

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
let encryptedTask;
await step('encrypted', async () => {
  const res = await requester.dp.processProtectedData({
    protectedData,
    app: input.app,
    workerpool: input.workerpool,
    encryptResult: true,
    pemPrivateKey: privateKey,
    path: 'computed.json',
  });
  encryptedTask = res.taskId;
  return {
    taskId: res.taskId,
    computed: JSON.parse(Buffer.from(res.result).toString('utf8')),
    show: await show(res.taskId),
  };
});
await step('decrypted', async () => {
  const response = await requester.iexec.task.fetchResults(encryptedTask);
  const archive = await response.arrayBuffer();
  const outer = await JSZip.loadAsync(archive);
  const inner = await utils.decryptResult(archive, privateKey);
  const zip = await JSZip.loadAsync(inner);
  return { outer: Object.keys(outer.files).sort(), entries: Object.keys(zip.files).sort() };
});

process.stdout.write(JSON.stringify(out));
