// Package hostctx is the merchant context a host page hands the widget with
// triage('context', obj): its fields, and a decoder that keeps every field it
// can read and explains every one it cannot.
//
// All fields are optional. Unknown fields are ignored. A field of the wrong
// type is dropped with a Problem naming its path, so one bad field never costs
// the merchant the rest of the context (strictjson.Lenient, whose oneof and
// max tags the types below carry).
package hostctx

// Context is what the host page knows about the merchant. Amounts are decimal
// strings, compared exactly by the checks (never as floats).
type Context struct {
	MerchantID   string  `json:"merchantId,omitempty"`
	StoreDomain  string  `json:"storeDomain,omitempty"`
	Contact      Contact `json:"contact,omitzero"`
	Balance      Balance `json:"balance,omitzero"`
	Pending      Pending `json:"pending,omitzero"`
	APIKey       APIKey  `json:"apiKey,omitzero"`
	CallbackURL  string  `json:"callbackUrl,omitempty"`
	LastError    Error   `json:"lastError,omitzero"`
	RecentOrders []Order `json:"recentOrders,omitempty" max:"50"`
	Account      Account `json:"account,omitzero"`
}

// Contact is how the platform reaches the merchant.
type Contact struct {
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// Balance is the merchant's available balance.
type Balance struct {
	Available string `json:"available,omitempty"` // decimal string, e.g. "12.50"
	Currency  string `json:"currency,omitempty"`
}

// Pending is the payment or withdrawal the merchant is trying to make.
type Pending struct {
	Kind     string `json:"kind,omitempty" oneof:"payment withdrawal"`
	Amount   string `json:"amount,omitempty"`
	Fee      string `json:"fee,omitempty"`
	Minimum  string `json:"minimum,omitempty"`
	Currency string `json:"currency,omitempty"`
}

// APIKey is the configuration of the merchant's API key. It never holds the
// secret or the passphrase: those are typed in the panel and stay there.
type APIKey struct {
	Key         string   `json:"key,omitempty"`
	Permissions []string `json:"permissions,omitempty" oneof:"read trade withdraw" max:"256"`
	IPWhitelist []string `json:"ipWhitelist,omitempty" max:"256"` // IPs or CIDRs
	ServerIP    string   `json:"serverIp,omitempty"`
	Environment string   `json:"environment,omitempty" oneof:"live demo"`
	Region      string   `json:"region,omitempty"`
	LastUsedAt  string   `json:"lastUsedAt,omitempty"` // RFC 3339
}

// Error is the last error the platform returned to the merchant.
type Error struct {
	Code    string `json:"code,omitempty"`
	Message string `json:"message,omitempty"`
	At      string `json:"at,omitempty"` // RFC 3339
}

// Order is one of the merchant's recent orders.
type Order struct {
	ID       string `json:"id,omitempty"`
	TxHash   string `json:"txHash,omitempty"`
	Chain    string `json:"chain,omitempty"`
	Status   string `json:"status,omitempty"`
	Amount   string `json:"amount,omitempty"`
	Currency string `json:"currency,omitempty"`
	At       string `json:"at,omitempty"`
}

// Account is the state of the merchant's account.
type Account struct {
	Status string `json:"status,omitempty" oneof:"active locked restricted frozen"`
	KYC    string `json:"kyc,omitempty" oneof:"none pending rejected verified"`
	Reason string `json:"reason,omitempty"`
}
