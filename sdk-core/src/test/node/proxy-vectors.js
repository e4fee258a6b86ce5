// Generates sdk-core/src/test/resources/fixtures/proxy-vectors.json: SDK proxy payloads encrypted by
// crypto-js 4.2.0, the library Ductape's workbench encrypts them with (src/utils/proxyEncryption.ts), as
// CryptoJS.AES.encrypt(json, CryptoJS.SHA256(key), {iv}). The build does not run this; it reads the file.
//
//   mkdir /tmp/cjs && cd /tmp/cjs && npm install crypto-js@4.2.0
//   NODE_PATH=/tmp/cjs/node_modules node sdk-core/src/test/node/proxy-vectors.js \
//     > sdk-core/src/test/resources/fixtures/proxy-vectors.json
//
// Each vector: the key text, the IV, the plaintext (the payload's JSON as the SDK writes it) and the
// payload crypto-js made. The SDK must make the same payload from the same IV (so crypto-js decrypts
// the SDK's payloads), and the emulator must decrypt crypto-js's (so it reads Ductape's clients').
const CryptoJS = require('crypto-js');

const bigData = {};
for (let i = 0; i < 40; i++) {
  bigData['field' + i] = 'value ' + i + ' ' + 'x'.repeat(i);
}
const cases = [
  ['the issue\'s cross-check', 'pk_test', '000102030405060708090a0b0c0d0e0f',
    {module: 'sessions', method: 'start', params: [{product: 'p', env: 'prd', tag: 'user-session', data: {userId: 'u1'}}], user_id: 'uid'}],
  ['verify with the emulator\'s key', 'emulator-public-key', 'ffeeddccbbaa99887766554433221100',
    {module: 'sessions', method: 'verify', params: [{product: 'my-product', env: 'production', tag: 'user-session', token: 'user-session:eyJhbGciOiJIUzI1NiJ9.e30.c2ln'}], user_id: 'emulator-user'}],
  ['a config read, positional params', 'pk_9e8d7c6b5a4f3e2d', '0f0e0d0c0b0a09080706050403020100',
    {module: 'sessions', method: 'fetch', params: ['my-product', 'user-session'], user_id: 'usr_456'}],
  ['unicode in the data and the key', 'clé publique ✓', '1234567890abcdef1234567890abcdef',
    {module: 'sessions', method: 'start', params: [{product: 'my-product', env: 'prd', tag: 'user-session', data: {email: 'zoë@example.com', name: 'Zoë Ünal 日本'}}], user_id: 'u'}],
  ['a plaintext of a whole number of blocks', 'k', 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf',
    {module: 'sessions', method: 'list', params: ['abcdefghijklmno'], user_id: 'u'}],
  ['about 1 KB of data', 'pk_live_1kb', '00112233445566778899aabbccddeeff',
    {module: 'sessions', method: 'start', params: [{product: 'my-product', env: 'prd', tag: 'user-session', data: bigData}], user_id: 'usr_1'}],
  ['an access key, no user id', 'ak_live_7f3c9a1e5b2d4c6f', 'deadbeefdeadbeefdeadbeefdeadbeef',
    {module: 'sessions', method: 'revokeAll', params: [{product: 'my-product', env: 'prd', tag: 'user-session', identifier: 'ada@example.com'}]}],
];
const vectors = cases.map(([name, key, ivHex, payload]) => {
  const plaintext = JSON.stringify(payload);
  const iv = CryptoJS.enc.Hex.parse(ivHex);
  const encrypted = CryptoJS.AES.encrypt(plaintext, CryptoJS.SHA256(key), {iv});
  const combined = iv.toString(CryptoJS.enc.Hex) + ':' + encrypted.toString();
  // what the backend does with it: decrypt with the same derivation
  const [ivPart, data] = combined.split(':');
  const back = CryptoJS.AES.decrypt(data, CryptoJS.SHA256(key), {iv: CryptoJS.enc.Hex.parse(ivPart)})
    .toString(CryptoJS.enc.Utf8);
  if (back !== plaintext) {
    throw new Error('round trip failed for ' + name);
  }
  return {name, key, iv: ivHex, plaintext, payload: combined};
});
process.stdout.write(JSON.stringify({library: 'crypto-js 4.2.0', vectors}, null, 2) + '\n');
