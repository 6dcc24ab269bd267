package manifest

import (
	"testing"
)

func TestExplorerURLs(t *testing.T) {
	e := Explorer{Chain: "ETH", Tx: "https://explorer.example.com/eth/tx/{hash}", Address: "https://explorer.example.com/eth/address/{address}"}
	if u, err := e.TxURL("0x12"); err != nil || u != "https://explorer.example.com/eth/tx/0x12" {
		t.Errorf("TxURL = %q, %v", u, err)
	}
	if u, err := e.AddressURL("0xab"); err != nil || u != "https://explorer.example.com/eth/address/0xab" {
		t.Errorf("AddressURL = %q, %v", u, err)
	}
}
