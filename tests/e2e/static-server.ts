import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain'
};

/**
 * A bare static host for build/ (like any CDN the app may be deployed to), whose service worker script can be
 * changed between requests to simulate a new deployment.
 */
export function startStaticServer(port: number, root = 'build') {
	const state = { swSuffix: '' };
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
			/^(\.\.[/\\])+/,
			''
		);
		const candidates = [join(root, path), join(root, `${path}.html`), join(root, path, 'index.html')];
		const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		let body: Buffer | string = readFileSync(file);
		if (path === '/service-worker.js') body = body.toString('utf8') + state.swSuffix;
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		res.end(body);
	});
	return {
		state,
		listen: () => new Promise<void>((resolve) => server.listen(port, 'localhost', () => resolve())),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
