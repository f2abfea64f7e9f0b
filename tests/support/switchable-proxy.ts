import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP relay in front of the test LRS that can be switched off and on again on the
 * same port. Switched off, the device sees exactly what a stopped LRS gives (connection
 * refused), while the LRS behind it keeps what it already stored: the in-memory LRS would lose
 * everything if its process were restarted, which a real LRS with a database never does.
 */
export interface SwitchableProxy {
  endpoint: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function switchableProxy(
  targetPort: number,
  path = '/xAPI',
): Promise<SwitchableProxy> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const close = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        const address = next.address();
        if (address && typeof address === 'object') port = address.port;
        server = next;
        resolve();
      });
    });
  await listen();
  return {
    endpoint: `http://127.0.0.1:${port}${path}`,
    start: listen,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        sockets.clear();
        const current = server;
        server = null;
        if (!current) resolve();
        else current.close(() => resolve());
      }),
  };
}
