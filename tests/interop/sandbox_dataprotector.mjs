// Shared by the scripts that drive the real DataProtector SDK on the sandbox (not a test of its
// own): an account's iexec SDK and DataProtector clients for the sandbox's services.
// `input`: { rpcUrl, hubAddress, smsURL, iexecGatewayURL, ipfsNode, ipfsGateway, dataProtector,
//            workerpool }.
import { IExec } from 'iexec';
import { IExecDataProtectorCore } from '@iexec/dataprotector';
import { JsonRpcProvider, Wallet } from 'ethers';

export const connectSandbox = (input, key) => {
  const provider = new JsonRpcProvider(input.rpcUrl, undefined, { staticNetwork: true });
  provider.pollingInterval = 100;
  const signer = new Wallet(key, provider);
  const iexec = new IExec(
    { ethProvider: signer },
    {
      hubAddress: input.hubAddress,
      smsURL: input.smsURL,
      iexecGatewayURL: input.iexecGatewayURL,
      ipfsGatewayURL: input.ipfsGateway,
      ipfsNodeURL: input.ipfsNode,
    },
  );
  // DataProtector only knows the Arbitrum chain ids and wants a subgraph, which the sandbox
  // has not: its configuration step is given the sandbox's addresses. Every other call is the
  // SDK's own.
  const dp = new IExecDataProtectorCore(signer);
  dp.resolveConfig = async () => ({
    networkName: 'strongroom-sandbox',
    dataprotectorContractAddress: input.dataProtector.toLowerCase(),
    defaultWorkerpool: input.workerpool,
    graphQLClient: undefined,
    pocoSubgraphClient: undefined,
    ipfsNode: input.ipfsNode,
    ipfsGateway: input.ipfsGateway,
    iexec,
  });
  return { signer, iexec, dp };
};
