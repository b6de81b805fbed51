// From source (tests, `npm run dev`), a worker thread cannot start from a .ts file: this starts
// build-worker.ts through tsx's loader, registered in the worker itself. The production build runs
// dist/snapshot-worker.js instead, without tsx.
import { register } from "tsx/esm/api";

register();
await import("./build-worker.ts");
