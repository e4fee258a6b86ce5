// Decrypts, with crypto-js 4.2.0, payloads the SDK made with random IVs: reads lines of
// "key<TAB>payload<TAB>expected plaintext" on stdin, prints "ok" or the mismatch for each. A by-hand check
// beside the fixture (see proxy-vectors.js for the set-up); ProxyCipherTest prints such lines when run
// with -Dproxy.print=true.
const CryptoJS = require('crypto-js');
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(line => line.includes('\t'));
let failures = 0;
for (const line of lines) {
  const [key, payload, expected] = line.split('\t');
  const [ivHex, data] = payload.split(':');
  const text = CryptoJS.AES.decrypt(data, CryptoJS.SHA256(key), {iv: CryptoJS.enc.Hex.parse(ivHex)})
    .toString(CryptoJS.enc.Utf8);
  if (text === expected) {
    console.log('ok ' + ivHex);
  } else {
    failures++;
    console.log('MISMATCH ' + ivHex + ': ' + text);
  }
}
process.exit(failures === 0 && lines.length > 0 ? 0 : 1);
