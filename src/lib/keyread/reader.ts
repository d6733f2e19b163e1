/**
 * The key-reading code that KeyReader downloads when its panel is opened (one lazily loaded chunk,
 * precached by the service worker like every other file). The QR decoder itself comes in a further chunk, and only
 * where the browser has no BarcodeDetector.
 */
export { decodeImage, decodeVideoFrame } from './decode-image';
export { readPayload } from './read-payload';
