// The worker's entry point: exposes the adapters in api.ts to the page through comlink.
import * as Comlink from 'comlink';
import { workerApi } from './api';

Comlink.expose(workerApi);
