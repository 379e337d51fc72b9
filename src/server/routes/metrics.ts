import { createRouter } from '../http/router';

const router = createRouter();

export default router;
