// Reference side of the task-show comparison in integration_tst_compute: the iexec SDK's own
// task.show (viewTask, statusName with its client-side TIMEOUT, decoded results) and
// deal.show (finalTime) for tasks on the sandbox chain, to set next to our readTaskState.
// stdin:  { rpcUrl, hubAddress, tasks: [taskId] }
// stdout: { tasks: [{ taskid, dealid, idx, status, statusName, taskTimedOut, finalDeadline,
//                     results, dealFinalTime } | { error }] }
import { IExec } from 'iexec';
import { JsonRpcProvider, Wallet } from 'ethers';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const provider = new JsonRpcProvider(input.rpcUrl, undefined, { staticNetwork: true });
const iexec = new IExec(
  { ethProvider: Wallet.createRandom().connect(provider) },
  { hubAddress: input.hubAddress },
);
const tasks = [];
for (const taskId of input.tasks) {
  try {
    const t = await iexec.task.show(taskId);
    const d = await iexec.deal.show(t.dealid);
    tasks.push({
      taskid: t.taskid,
      dealid: t.dealid,
      idx: Number(t.idx),
      status: Number(t.status),
      statusName: t.statusName,
      taskTimedOut: t.taskTimedOut,
      finalDeadline: Number(t.finalDeadline),
      results: t.results,
      dealFinalTime: Number(d.finalTime),
    });
  } catch (error) {
    tasks.push({ error: String(error.stack ?? error) });
  }
}
process.stdout.write(JSON.stringify({ tasks }));
