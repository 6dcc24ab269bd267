// Generates ../corpus.json, the labelled redaction corpus: secrets and public
// data made by the libraries merchants use, in the forms they paste them.
//
//   npm ci && node generate.mjs <dir of Chinese support guides (*.txt)>
//
// Every value comes from a deterministic stream (SHA-256 of a counter), so a
// run with the pinned versions in package-lock.json writes the same file.
import { createRequire } from "node:module";
import { createHash, createHmac } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sign as octokitSign } from "@octokit/webhooks-methods";

const require = createRequire(import.meta.url);
const ethers = require("ethers");
const { wordlists, WordlistOwl, Wordlist } = require("ethers/wordlists");
const solana = require("@solana/web3.js");
const bs58 = require("bs58").default;
const wif = require("wif");
const Stripe = require("stripe");
const okx = require("okx-api");
const ccxt = require("ccxt");

const lock = JSON.parse(readFileSync(new URL("./package-lock.json", import.meta.url)));
const version = (name) => name + "@" + lock.packages["node_modules/" + name].version;

const seedsDir = process.argv[2];
if (!seedsDir) {
  console.error("usage: node generate.mjs <dir of Chinese support guides>");
  process.exit(2);
}

// Deterministic bytes.
let counter = 0;
function bytes(n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i += 32) {
    createHash("sha256").update("triage-corpus/" + counter++).digest().copy(out, i);
  }
  return out;
}
const hex = (n) => bytes(n).toString("hex");
const pick = (list) => list[bytes(4).readUInt32BE(0) % list.length];
const alnum = (n) => {
  const abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return [...bytes(n)].map((b) => abc[b % abc.length]).join("");
};
const uuid = () => {
  const h = hex(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

// A secret vector names the secret as the text writes it: none of it may
// survive redaction. A benign vector must come out unchanged.
const vectors = [];
const secret = (cls, source, before, value, after = "") =>
  vectors.push({ text: before + value + after, secret: value, label: "secret", class: cls, source });
const benign = (cls, source, text) => vectors.push({ text, label: "benign", class: cls, source });

// A wordlist ethers does not ship (Russian, Turkish), from the redactor's own
// list files; ethers computes the phrase and its checksum.
class FileWordlist extends Wordlist {
  constructor(locale, file) {
    super(locale);
    this.words = readFileSync(file, "utf8").trim().split("\n");
  }
  getWord(i) { return this.words[i]; }
  getWordIndex(w) { return this.words.indexOf(w); }
}
const lists = {
  english: wordlists.en, chinese_simplified: wordlists.zh_cn, chinese_traditional: wordlists.zh_tw,
  japanese: wordlists.ja, korean: wordlists.ko, spanish: wordlists.es, french: wordlists.fr,
  italian: wordlists.it, czech: wordlists.cz, portuguese: wordlists.pt,
  russian: new FileWordlist("ru", new URL("../../bip39/wordlists/russian.txt", import.meta.url)),
  turkish: new FileWordlist("tr", new URL("../../bip39/wordlists/turkish.txt", import.meta.url)),
};

// Mnemonics in every language, 12 to 24 words, in the forms merchants paste.
const E = version("ethers");
for (const [lang, wl] of Object.entries(lists)) {
  const src = lang === "russian" || lang === "turkish" ? E + " (wordlist from app/report/bip39)" : E;
  for (const n of [16, 20, 24, 28, 32]) {
    for (let k = 0; k < 2; k++) {
      const m = ethers.Mnemonic.fromEntropy(bytes(n), null, wl);
      const phrase = m.phrase; // joined as the language joins it
      const words = phrase.split(/[\s\u3000]+/);
      secret("mnemonic-" + lang, src, "", phrase);
      secret("mnemonic-" + lang, src, pick(["我的助记词是：", "助记词\n", "Seed phrase: ", "钱包恢复不了，助记词 "]), phrase, pick(["", "，请帮忙看看", "\n谢谢"]));
      secret("mnemonic-" + lang, src, "", words.map((w, i) => `${i + 1}. ${w}`).join("\n"));
      if (wl === wordlists.zh_cn || wl === wordlists.zh_tw) {
        const together = words.join("");
        secret("mnemonic-zh-unspaced-labelled", src, pick(["助记词：", "我的助记词是", "助记词 ", "mnemonic: "]), together, pick(["", "。", "，怎么恢复？"]));
        secret("mnemonic-zh-unspaced-bare", src, "", together);
      }
    }
  }
}
// An extended public key is public.
for (let k = 0; k < 5; k++) {
  const node = ethers.HDNodeWallet.fromSeed(bytes(32));
  benign("xpub", E, "xpub: " + node.neuter().extendedKey);
}

// Ethereum: private keys (secret) beside addresses and transaction hashes
// (public) made from them.
for (let k = 0; k < 12; k++) {
  const w = new ethers.Wallet("0x" + hex(32));
  const pk = w.privateKey;
  const bare = pk.slice(2);
  const forms = [
    ["私钥：", pk], ["私钥 ", pk], ["private key ", pk], ["PRIVATE_KEY=", pk], ['{"privateKey": "', pk, '"}'],
    ["my private key is ", bare], ["我的私钥\n", pk, "\n能帮我查一下吗"],
    ["私钥：", bare.match(/.{4}/g).join(" ")], ["private key: ", bare.match(/.{8}/g).join(" ")],
    ["私钥：\n", bare.slice(0, 32) + "\n" + bare.slice(32)], ["secret key ", "0x" + bare.toUpperCase()],
    ["", pk, " 是我的私钥"],
  ];
  secret("eth-private-key", E, ...forms[k % forms.length]);
  benign("address-eth", E, pick(["收款地址：", "ETH address ", "充值地址 "]) + w.address);
  const tx = ethers.Transaction.from({
    type: 2, chainId: 1, nonce: k, to: w.address, value: ethers.parseEther("0.0" + (k + 1)),
    maxFeePerGas: 30000000000n, maxPriorityFeePerGas: 1000000000n, gasLimit: 21000n,
  });
  tx.signature = w.signingKey.sign(tx.unsignedHash);
  benign("tx-hash-eth", E, pick(["交易哈希：", "tx hash ", "TxHash: ", "链上交易 ", "txid "]) + tx.hash + pick(["", "，已确认 12 个区块", " still pending"]));
  // Tron and Bitcoin addresses of the same key, made with ethers' hashes.
  const pub = w.signingKey.publicKey;
  const check = (payload) => Buffer.concat([payload, Buffer.from(ethers.getBytes(ethers.sha256(ethers.sha256(payload)))).subarray(0, 4)]);
  const tron = bs58.encode(check(Buffer.concat([Buffer.from([0x41]), Buffer.from(ethers.getBytes(ethers.keccak256("0x" + pub.slice(4)))).subarray(12)])));
  benign("address-tron", version("bs58"), "TRC20 充值地址 " + tron);
  const compressed = w.signingKey.compressedPublicKey;
  const h160 = Buffer.from(ethers.getBytes(ethers.ripemd160(ethers.sha256(compressed))));
  benign("address-btc", version("bs58"), "BTC 地址：" + bs58.encode(check(Buffer.concat([Buffer.from([0]), h160]))));
}

// Bitcoin WIF keys.
const W = version("wif");
for (let k = 0; k < 10; k++) {
  const key = wif.encode({ version: k % 3 === 2 ? 0xef : 0x80, privateKey: bytes(32), compressed: k % 2 === 0 });
  const forms = [["WIF: ", key], ["", key], ["导入私钥 ", key], ["私钥\n", key.slice(0, 26) + "\n" + key.slice(26)]];
  secret("wif", W, ...forms[k % forms.length]);
}

// Solana: keypairs (secret) as base58 and as key-file JSON; public keys and
// transaction signatures (public).
const S = version("@solana/web3.js");
for (let k = 0; k < 10; k++) {
  const kp = solana.Keypair.fromSeed(bytes(32));
  const b58 = bs58.encode(kp.secretKey);
  const forms = [["Phantom 导出的私钥：", b58], ["private key ", b58, " (Phantom)"], ["id.json: ", JSON.stringify(Array.from(kp.secretKey))],
    ["私钥\n", b58.slice(0, 44) + "\n" + b58.slice(44)]];
  secret("solana-keypair", S + ", " + version("bs58"), ...forms[k % forms.length]);
  // Alone, a keypair has the length of a signature; only the bytes' curve
  // arithmetic would tell them apart (see keys.go).
  if (k < 4) secret("solana-keypair-bare", S + ", " + version("bs58"), "", b58);
  benign("address-solana", S, "Solana 地址 " + kp.publicKey.toBase58());
  const tx = new solana.Transaction({ feePayer: kp.publicKey, recentBlockhash: bs58.encode(bytes(32)) });
  tx.add(solana.SystemProgram.transfer({ fromPubkey: kp.publicKey, toPubkey: solana.Keypair.fromSeed(bytes(32)).publicKey, lamports: 1000 * (k + 1) }));
  tx.sign(kp);
  benign("tx-signature-solana", S, pick(["交易签名：", "signature ", "Solscan: https://solscan.io/tx/", "tx "]) + bs58.encode(tx.signature));
}

// Stripe: webhook signing secrets and API keys (secret); the signature
// header made with the secret (public: it is sent with every event).
const ST = version("stripe");
const stripe = Stripe("sk_test_" + alnum(24));
for (let k = 0; k < 8; k++) {
  const whsec = "whsec_" + Buffer.from(bytes(24)).toString("base64").replace(/[+/=]/g, "");
  const forms = [["STRIPE_WEBHOOK_SECRET=", whsec], ["endpoint secret: ", whsec], ['const endpointSecret = "', whsec, '";'], ["", whsec]];
  secret("stripe-webhook-secret", ST, ...forms[k % forms.length]);
  const key = pick(["sk_live_", "rk_live_", "sk_test_"]) + alnum(pick([24, 99]));
  secret("stripe-api-key", "key format of " + ST, pick(["STRIPE_SECRET_KEY=", "Stripe 密钥 ", "api key: ", "stripe.api_key = '"]), key, pick(["", "'"]));
  const payload = JSON.stringify({ id: "evt_" + alnum(24), object: "event", type: "payment_intent.succeeded" });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: whsec, timestamp: 1764590000 + k });
  benign("webhook-signature-stripe", ST, "Stripe-Signature: " + header);
  benign("stripe-publishable-key", "key format of " + ST, "publishable key pk_live_" + alnum(24));
}

// GitHub: tokens (secret) and webhook signatures (public).
const O = version("@octokit/webhooks-methods");
for (let k = 0; k < 8; k++) {
  const token = k % 2 ? "ghp_" + alnum(36) : "github_pat_11" + alnum(20) + "_" + alnum(59);
  secret("github-token", "token format (github.blog 2021-04-05)", pick(["GITHUB_TOKEN=", "token: ", "Authorization: token ", ""]), token);
  const whsec = alnum(20);
  secret("github-webhook-secret", O, ...pick([["GITHUB_WEBHOOK_SECRET=", whsec], ["webhook secret: ", whsec], ["webhookSecret: '", whsec, "',"]]));
  const sig = await octokitSign(whsec, JSON.stringify({ action: "opened", number: k }));
  benign("webhook-signature-github", O, "X-Hub-Signature-256: " + sig);
}

// JWTs, signed with HMAC-SHA256 by node:crypto.
for (let k = 0; k < 6; k++) {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const head = b64({ alg: "HS256", typ: "JWT" }) + "." + b64({ sub: "merchant-" + k, iat: 1764590000 + k, scope: "payments" });
  const jwt = head + "." + createHmac("sha256", bytes(32)).update(head).digest("base64url");
  secret("jwt", "node:crypto " + process.version, pick(["Authorization: Bearer ", "token=", "access token ", "", "jwt: "]), jwt);
}

// OKX: the API secret and passphrase (secret); the API key, a UUID, and the
// request signature (public), as okx-api sends them.
const OK = version("okx-api");
for (let k = 0; k < 8; k++) {
  const apiKey = uuid();
  const apiSecret = hex(16).toUpperCase();
  const passphrase = pick(["Trade", "Okx", "Pay"]) + "#" + alnum(6) + (k + 1);
  let sent;
  const client = new okx.RestClient({ apiKey, apiSecret, apiPass: passphrase }, {
    adapter: async (config) => { sent = config; return { data: { code: "0", data: [] }, status: 200, statusText: "OK", headers: {}, config }; },
  });
  await client.getBalance().catch(() => {}); // only the request it signed matters
  const h = sent.headers;
  benign("request-signature-okx", OK, `OK-ACCESS-KEY: ${h["OK-ACCESS-KEY"]}\nOK-ACCESS-SIGN: ${h["OK-ACCESS-SIGN"]}\nOK-ACCESS-TIMESTAMP: ${h["OK-ACCESS-TIMESTAMP"]}`);
  benign("uuid-api-key", OK, pick(["API Key: ", "apikey ", "OK-ACCESS-KEY: ", "API Key 是 "]) + apiKey);
  secret("okx-passphrase", OK, "OK-ACCESS-PASSPHRASE: ", h["OK-ACCESS-PASSPHRASE"]);
  const forms = [
    ["OKX_SECRET_KEY=", apiSecret], ["API 秘钥 ", apiSecret], [`{"apiKey": "${apiKey}", "apiSecret": "`, apiSecret, '"}'],
    ["Secret Key：", apiSecret], ['okx.secretKey = "', apiSecret, '"'], ["密钥 ", apiSecret],
  ];
  secret("okx-api-secret", OK, ...forms[k % forms.length]);
  secret("password", OK, pick(["密码 ", "API 密码：", "passphrase: ", "资金密码 "]), passphrase);
}

// ccxt: exchange credentials in the forms of its documentation (secret) and
// the signed requests it makes (public).
const C = version("ccxt");
for (let k = 0; k < 8; k++) {
  const apiKey = alnum(64), sec = alnum(64), password = "Pw" + alnum(8) + "!";
  const id = ["okx", "binance", "bybit", "kucoin"][k % 4];
  const forms = [
    [`const exchange = new ccxt.${id}({\n  apiKey: '${apiKey}',\n  secret: '`, sec, `',\n});`],
    [`exchange = ccxt.${id}({"apiKey": "${apiKey}", "secret": "`, sec, '"})'],
    [`${id.toUpperCase()}_API_SECRET=`, sec],
    ["api secret ", sec],
  ];
  secret("exchange-api-secret", C, ...forms[k % forms.length]);
  secret("password", C, `new ccxt.${id}({ apiKey: '${apiKey}', secret: '${sec}', password: '`, password, "' })");
  const ex = new ccxt[id]({ apiKey: uuid(), secret: hex(16), password: "Pw1!" + alnum(4) });
  ex.milliseconds = () => 1764590000000 + k;
  ex.nonce = () => 1764590000000 + k;
  let req;
  try {
    req = id === "okx" ? ex.sign("account/balance", "private", "GET", {})
      : id === "binance" ? ex.sign("account", "private", "GET", {})
        : id === "bybit" ? ex.sign("v5/account/wallet-balance", "private", "GET", { accountType: "UNIFIED" })
          : ex.sign("accounts", "private", "GET", {});
  } catch (e) {
    continue;
  }
  const headers = Object.entries(req.headers || {}).filter(([k]) => !/PASSPHRASE/i.test(k)).map(([k, v]) => `${k}: ${v}`).join("\n");
  benign("request-signature-ccxt", C, `${req.method} ${req.url}\n${headers}`);
}

// Passwords and passphrases as merchants write them.
for (let k = 0; k < 10; k++) {
  const pw = pick(["P@ss", "Abc", "Shop", "Pay"]) + pick(["#", "@", "!"]) + (1000 + k);
  secret("password", "format", pick(["密码 ", "密码：", "password: ", "登录密码是", "pwd=", "我的密码 "]), pw);
  const phrase = ethers.Mnemonic.fromEntropy(bytes(16), null, wordlists.en).phrase.split(" ").slice(0, 4 + (k % 3)).join(" ");
  secret("passphrase-multi-word", E + " (words)", pick(["passphrase: ", "钱包 passphrase：", "pass phrase = "]), phrase);
}

// Amounts and order ids.
for (let k = 0; k < 20; k++) {
  const amount = (bytes(4).readUInt32BE(0) % 10000000 / 100).toFixed(2);
  benign("amount", "format", pick(["金额：", "Amount ", "退款 ", "余额 "]) + amount + pick([" USDT", " CNY", " 元", ""]));
  benign("order-id", "format", pick(["订单号 ", "Order ID: ", "商户订单号：", "order "]) + "2026" + String(bytes(4).readUInt32BE(0)).padStart(12, "0"));
}

// Ordinary Chinese: every sentence of the support guides, and sentences
// that name a secret without giving it.
for (const f of readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort()) {
  const text = readFileSync(join(seedsDir, f), "utf8");
  for (const s of text.split(/(?<=[。！？；\n])/)) {
    const t = s.trim();
    if ([...t].length < 6) continue;
    benign("chinese-text", "support guide " + f, t);
    // The same sentence right after a label: a label alone must not make
    // ordinary writing a seed phrase.
    benign("chinese-text-after-label", "support guide " + f, pick(["助记词：", "助记词", "我的助记词是", "私钥 ", "密码 "]) + t);
  }
  // Every clause after the label, alone: a clause of twelve or more list
  // characters passes the checksum one time in sixteen.
  for (const c of text.split(/[，。！？；、,\n]/)) {
    const t = c.trim();
    if ([...t].length >= 12) benign("chinese-clause-after-label", "support guide " + f, "助记词：" + t);
  }
}
for (const t of [
  "助记词：请妥善保管，切勿告诉任何人。", "助记词是恢复钱包的唯一凭证，官方客服不会向您索要。",
  "私钥 一旦泄露，资产将无法找回。", "密码 错误次数过多，账户已锁定。", "API 秘钥 在哪里查看？",
  "密码 修改后需要重新登录。", "我忘记了助记词，还能找回钱包吗？", "mnemonic 是什么意思？",
  "请不要把助记词发给任何人包括客服", "助记词如下我已经截图保存在手机相册里了",
  "password reset link expired", "Password Manager shows the old one", "secret key rotation done yesterday",
]) benign("chinese-text-with-label", "written", t);

writeFileSync(new URL("../corpus.json", import.meta.url), JSON.stringify(vectors, null, 1) + "\n");
console.log(`wrote ${vectors.length} vectors`);
