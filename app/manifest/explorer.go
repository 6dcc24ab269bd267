package manifest

import "github.com/triage-widget/triage/app/i18n"

// Explorer is a block explorer for one chain, used to show a transaction's
// confirmations (seed 002: "check the transfer on a block explorer").
type Explorer struct {
	// Chain is the chain's ticker as the platform names it: "BTC", "ETH",
	// "TRON".
	Chain string    `json:"chain"`
	Name  i18n.Text `json:"name"`
	// Tx is an https URL template with {hash} (ExplorerHash); Address one
	// with {address}.
	Tx      string `json:"tx"`
	Address string `json:"address,omitempty"`
	// Confirmations the platform waits for before crediting a deposit.
	Confirmations int `json:"confirmations,omitempty"`
}

// ExplorerHash is the placeholder of an explorer's transaction template:
// the manifest and the tx check fill the same one.
const ExplorerHash = "hash"

// TxURL fills the transaction template.
func (e Explorer) TxURL(hash string) (string, error) {
	return Expand(e.Tx, map[string]string{ExplorerHash: hash})
}

// AddressURL fills the address template.
func (e Explorer) AddressURL(addr string) (string, error) {
	return Expand(e.Address, map[string]string{"address": addr})
}
