// Types for gas-local 1.3 (it ships none): require() loads a folder's Apps Script files into a vm context.
declare module 'gas-local' {
  import type { Context } from 'node:vm';
  const gasLocal: {
    require(folderPath: string, globalObject?: object, options?: { filter?: (file: string) => boolean }): Context;
    globalMockDefault: object;
  };
  export default gasLocal;
}
