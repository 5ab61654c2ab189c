// The render pool's worker thread entry (piscina loads dist/dossier-worker.js): one task in, the paths written out.
import { runRenderTask } from './run-render-task.js';

export default runRenderTask;
