// Every page is prerendered HTML: the app works from any static host and from the service worker's cache.
export const prerender = true;
export const trailingSlash = 'never';
