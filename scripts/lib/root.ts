import { fileURLToPath } from 'node:url';

/** The project folder (where package.json is), whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
