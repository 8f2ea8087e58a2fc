// Parsing and validation off the main thread, so the page stays responsive on large files.
import { handleRequest, type WorkerMessage, type WorkerRequest } from './worker-handler.ts';

self.onmessage = (event: MessageEvent<WorkerRequest>) =>
  handleRequest(event.data, (message: WorkerMessage) => self.postMessage(message));
