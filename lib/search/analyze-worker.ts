import { parentPort } from 'node:worker_threads';
import { analyze } from './analyze';
import { packAnalyses, type AnalyzeRequest } from './pool';

/** A worker thread of `AnalyzerPool`: analyzes batches of releases and hands the results back packed. */
parentPort?.on('message', ({ id, batch }: AnalyzeRequest) => {
  const packed = packAnalyses(batch.map(([title, text]) => analyze(title, text)));
  parentPort?.postMessage({ id, packed }, [packed.counts.buffer as ArrayBuffer, packed.perDoc.buffer as ArrayBuffer, packed.lengths.buffer as ArrayBuffer]);
});
