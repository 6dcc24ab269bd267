// Package intent matches what a merchant types ("我的账户被盗了", "payout
// still not received") against the manifest's problem categories, offline
// and fast enough for every keystroke.
//
// The text and the categories are brought to one form (normalize.go):
// full-width to half-width, lower case, Traditional to Simplified Chinese,
// punctuation to spaces. A category scores by its keywords found in the
// text (every language's, whatever the panel's) and by the terms it shares
// with the category's own texts: character bigrams for Chinese, which has
// no spaces, and word stems otherwise, each weighed by how few categories
// use it. Words that point to a compromise (compromise.go) select the
// emergency category, or say Emergency when the manifest has none.
package intent
