import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { headersFor, parseHeaders } from '../../scripts/headers.js';
import { contentType } from '../../scripts/precache-pack.js';

/**
 * A bare static host for build/ (like any CDN the app may be deployed to), whose service worker script can be
 * changed between requests to simulate a new deployment: `swSuffix` changes its bytes, `version` gives it another
 * build version (its precache pack is then served under the new name), `goneImmutable` makes every hashed file of
 * the old build answer 404 as after a real redeployment, `renamed` gives some of them new names in the new
 * version, and `swStatus` makes the worker script itself fail.
 */
export function startStaticServer(port: number, root = 'build') {
	const builtVersion = (JSON.parse(readFileSync(join(root, '_app', 'version.json'), 'utf8')) as { version: string })
		.version;
	// The headers a Netlify or Cloudflare Pages host would send, read from the build's _headers file.
	const headerFile = join(root, '_headers');
	const rules = existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, 'utf8')) : [];
	const state = {
		swSuffix: '',
		version: builtVersion,
		goneImmutable: false,
		swStatus: 200,
		swRequests: 0,
		/** Hashed files the new deployment has under another name (old path → new path). */
		renamed: {} as Record<string, string>
	};
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
			/^(\.\.[/\\])+/,
			''
		);
		if (path === '/service-worker.js') state.swRequests++;
		// Hosts read _headers; they do not serve it.
		if (path === '/_headers') {
			res.writeHead(404).end('not found');
			return;
		}
		const renamedFrom = Object.keys(state.renamed).find((k) => state.renamed[k] === path);
		if (
			(path === '/service-worker.js' && state.swStatus !== 200) ||
			(state.goneImmutable && path.startsWith('/_app/immutable/') && !renamedFrom)
		) {
			res.writeHead(path === '/service-worker.js' ? state.swStatus : 404).end('not found');
			return;
		}
		const real = (renamedFrom ?? path).replace(
			`/_app/precache-${state.version}.json`,
			`/_app/precache-${builtVersion}.json`
		);
		const candidates = [join(root, real), join(root, `${real}.html`), join(root, real, 'index.html')];
		const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		let body: Buffer | string = readFileSync(file);
		if (path === '/service-worker.js')
			body =
				Object.entries(state.renamed).reduce(
					(text, [from, to]) => text.replaceAll(from, to),
					body.toString('utf8').replaceAll(builtVersion, state.version)
				) + state.swSuffix;
		res.writeHead(200, {
			'content-type': contentType(file),
			'cache-control': 'no-cache',
			...headersFor(rules, path)
		});
		res.end(body);
	});
	return {
		state,
		builtVersion,
		listen: () => new Promise<void>((resolve) => server.listen(port, 'localhost', () => resolve())),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
