// The parts of the page that need the OTP and QR code, in one chunk loaded once a key is valid.
export { default as AnotherDevice } from './AnotherDevice.svelte';
export { default as CodeSection } from './CodeSection.svelte';
