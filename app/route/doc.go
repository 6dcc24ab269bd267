// Package route turns a problem category and the findings of the checks into
// a ranked list of official things to do: fix it yourself, freeze the
// account, or contact one of the platform's channels.
//
// Plan is pure and deterministic: no I/O, no clock of its own (Input.Now), no
// randomness, so the widget, the triage command and the tests get the same
// answer for the same input. It builds for js/wasm and imports neither net
// nor net/http nor golang.org/x/text.
//
// # Where recommendations come from
//
// Only the manifest supplies channels (Input.Manifest, already verified by
// the caller). Plan never invents a channel, a number or a link: every
// channel recommendation is a channel of that manifest, checked once more
// against its official domains (manifest.CheckLink) before it is returned.
//
// # Precedence, highest first
//
//  1. Security emergency. When the category's urgency is "emergency" (the
//     manifest's security category: suspected theft, unknown login, fraud),
//     the freeze-account channel comes first and the 24/7 hotline second.
//     This outranks everything, including the manifest's own rule order,
//     because every minute an intruder keeps access costs money. A finding
//     such as account.frozen does not make an emergency by itself: a frozen
//     account is usually the platform's own protective step, so Plan only
//     offers to escalate (Result.Escalate) and says so in the reason.
//  2. Fix it yourself. Failing or warning findings that carry a fix come
//     next, most severe first, each with a doc link (the manifest's error
//     code doc, the category flow's link for that check, or the docs / help
//     center channel). Seed 000: "优先自助排查".
//  3. The manifest's rules, in manifest order, merged: each matching rule
//     adds its channels, in its order, with its reason; a channel keeps the
//     place and reason of the first rule that names it. A rule whose
//     condition is empty always matches (the manifest's default).
//  4. The category's own preferences, stated in the manifest, reorder the
//     channels of step 3 without adding purpose-specific ones: its prefer
//     list (channel kinds or ids, best first; a ticket for fees and
//     onboarding review), and money debited but not credited (a category
//     marked moneyInTransit, or a pending deposit found) puts phones and
//     tickets first unless prefer says otherwise, adds general hotlines the
//     rules left out, and asks for the transaction hash and order number.
//     Which category a finding points to is the manifest's word too
//     (category findings and hints): route knows no category id.
//  5. Availability. Among the channels of steps 3 and 4, those open now come
//     before those closed now (or under maintenance); closed channels stay in
//     the list with their next opening. Within each group, channels staffed
//     in the merchant's language come first.
//  6. Offline. Nothing that needs the network can help: everything reachable
//     offline (the self-fixes and the saved guide, which are already in the
//     panel; tel: and mailto: channels) moves ahead of the web channels,
//     which stay listed but marked unreachable. Phones are added if the
//     manifest's rules left them out (email, on a platform without a
//     phone).
//
// Channels that do not serve the merchant's region are left out.
package route
