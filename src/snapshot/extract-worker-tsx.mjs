// From source (tests, `npm run dev`, the bench), a worker thread cannot start from a .ts file: this
// starts extract-worker.ts through tsx's loader, registered in the worker itself. The production
// build runs dist/extract-worker.js instead, without tsx.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
