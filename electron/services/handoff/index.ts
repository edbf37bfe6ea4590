export { HandoffService } from './handoff-service';
export { LocalCopies } from './local-copies';
export { readPackage, readOutgoingPackage, readReturnPackage } from './read-package';
export { packageChecksum, sealPackage } from './seal';
