/// <reference types="vite/client" />
import type { MasterplanBridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the app runs in a browser. */
    masterplan?: MasterplanBridge;
  }
}

export {};
