// Package manifest is the channel manifest: the signed JSON document in which
// a platform publishes its official support channels, problem categories,
// routing rules, notices, network endpoints, block explorers and error codes.
//
// The widget shows a channel only from a manifest that
//
//   - carries a valid Ed25519 signature over its exact bytes, made with the
//     key pinned in the embed (Verify, Load);
//   - parses strictly: unknown fields, duplicate keys and wrong types are
//     refused with their JSON path (Parse);
//   - passes validation: schema version, every text in each of its languages, https
//     links on the official domains only, well-formed mailto: and tel:,
//     known channel kinds, sane hours, and not expired (Validate).
//
// Every refusal is a Problem with a located path such as
// "channels[3].hours.weekly[0].close" and a message in every language.
//
// The package is plain Go for both the browser (wasm) and the triage command:
// no net/http, no golang.org/x/text. Time zones come from a small embedded set
// (see Zones) rather than the 450 KB time/tzdata.
package manifest
