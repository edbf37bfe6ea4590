/**
 * The listening side of sharing, provided by the HTTP transport: opens a listener on the room's
 * network while sharing is on, and closes it when it stops. Services never bind sockets themselves.
 */
export interface ShareNetwork {
  open(options: { host?: string | undefined; port?: number | undefined }): Promise<{ urls: string[]; host: string; port: number }>;
  /** Stops accepting connections; open responses may finish shortly after. */
  close(): Promise<void>;
}
