export { BrowserRoleGate } from './BrowserRoleGate';
export { ShareTools } from './ShareTools';
export { OpenPackageButton } from './OpenPackageButton';
export { liveSourceFor } from './live-source';
export { shareMessages } from './messages';
