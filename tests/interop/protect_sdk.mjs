// Reference side of interop_tst_protect_sdk: the real iexec SDK (9.0.1) reads a dataset that
// Strongroom's protect pipeline created on the sandbox, as it would read one made by
// DataProtector: the registry entry, the owner's list and the SMS's key check.
// stdin:  { rpcUrl, hubAddress, smsURL, dataset, owner }
// stdout: { show, secretExists, count, byIndex } or { error }
import { IExec } from 'iexec';
import { JsonRpcProvider } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const provider = new JsonRpcProvider(input.rpcUrl, undefined, { staticNetwork: true });
const iexec = new IExec(
  { ethProvider: provider },
  { hubAddress: input.hubAddress, smsURL: input.smsURL }
);
try {
  const { objAddress, dataset } = await iexec.dataset.showDataset(input.dataset);
  const secretExists = await iexec.dataset.checkDatasetSecretExists(input.dataset);
  const count = await iexec.dataset.countUserDatasets(input.owner);
  const last = await iexec.dataset.showUserDataset(Number(count) - 1, input.owner);
  process.stdout.write(
    JSON.stringify({
      show: {
        address: objAddress,
        owner: dataset.owner,
        name: dataset.datasetName,
        multiaddr: dataset.datasetMultiaddr,
        checksum: dataset.datasetChecksum,
      },
      secretExists,
      count: Number(count),
      lastAddress: last.objAddress,
    })
  );
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error?.message ?? error) }));
}
