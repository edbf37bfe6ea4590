/**
 * The Content-Security-Policy for the app's pages. Nothing remote, ever: scripts only from the
 * app itself. Styles allow inline because mermaid writes `<style>` into its SVG and Tiptap
 * injects its editor CSS; images allow data:/blob: for rendered diagrams (SVG → PNG for Word).
 * In development (`devServerOrigin` set) Vite's HMR needs its inline preamble and a websocket.
 */
export const contentSecurityPolicy = (devServerOrigin?: string): string => {
  const dev = devServerOrigin ? new URL(devServerOrigin) : null;
  const devSocket = dev ? ` ws://${dev.host}` : '';
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': dev ? "'self' 'unsafe-inline'" : "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': `'self'${devSocket}`,
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'frame-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
};
