package hostctx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// decodeByMap is the decoder hostctx had before strictjson (through
// encoding/json and map[string]any), kept as the reference that Decode must
// match; it returns the context and the paths of its problems.
func decodeByMap(data []byte) (Context, []string) {
	var c Context
	if len(data) > MaxBytes {
		return c, []string{""}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return c, []string{""}
	}
	obj, ok := root.(map[string]any)
	if !ok {
		return c, []string{""}
	}
	d := &mapDecoder{}
	d.context(obj, &c)
	return c, d.paths
}

// The reference's messages are not compared, only its problems' paths.
type refMessage struct{}

func (refMessage) Format(...any) any { return nil }

var (
	msgWrongType, msgTooLong, msgNotAllowed, msgTruncated refMessage
	msgBadUTF8                                            any
)

func oneOf(s string, allowed []string) bool { return slices.Contains(allowed, s) }

type mapDecoder struct{ paths []string }

func (d *mapDecoder) fail(path string, _ any) {
	d.paths = append(d.paths, path)
}

func (d *mapDecoder) context(o map[string]any, c *Context) {
	d.str(o, "", "merchantId", &c.MerchantID)
	d.str(o, "", "storeDomain", &c.StoreDomain)
	d.str(o, "", "callbackUrl", &c.CallbackURL)
	if m := d.obj(o, "", "contact"); m != nil {
		d.str(m, "contact", "email", &c.Contact.Email)
		d.str(m, "contact", "phone", &c.Contact.Phone)
	}
	if m := d.obj(o, "", "balance"); m != nil {
		d.str(m, "balance", "available", &c.Balance.Available)
		d.str(m, "balance", "currency", &c.Balance.Currency)
	}
	if m := d.obj(o, "", "pending"); m != nil {
		d.enum(m, "pending", "kind", &c.Pending.Kind, "payment", "withdrawal")
		d.str(m, "pending", "amount", &c.Pending.Amount)
		d.str(m, "pending", "fee", &c.Pending.Fee)
		d.str(m, "pending", "minimum", &c.Pending.Minimum)
		d.str(m, "pending", "currency", &c.Pending.Currency)
	}
	if m := d.obj(o, "", "apiKey"); m != nil {
		d.apiKey(m, &c.APIKey)
	}
	if m := d.obj(o, "", "lastError"); m != nil {
		d.str(m, "lastError", "code", &c.LastError.Code)
		d.str(m, "lastError", "message", &c.LastError.Message)
		d.str(m, "lastError", "at", &c.LastError.At)
	}
	d.orders(o, &c.RecentOrders)
	if m := d.obj(o, "", "account"); m != nil {
		d.enum(m, "account", "status", &c.Account.Status, "active", "locked", "restricted", "frozen")
		d.enum(m, "account", "kyc", &c.Account.KYC, "none", "pending", "rejected", "verified")
		d.str(m, "account", "reason", &c.Account.Reason)
	}
}

func (d *mapDecoder) apiKey(m map[string]any, k *APIKey) {
	const p = "apiKey"
	d.str(m, p, "key", &k.Key)
	d.list(m, p, "permissions", &k.Permissions, "read", "trade", "withdraw")
	d.list(m, p, "ipWhitelist", &k.IPWhitelist)
	d.str(m, p, "serverIp", &k.ServerIP)
	d.enum(m, p, "environment", &k.Environment, "live", "demo")
	d.str(m, p, "region", &k.Region)
	d.str(m, p, "lastUsedAt", &k.LastUsedAt)
}

func (d *mapDecoder) orders(o map[string]any, dst *[]Order) {
	v, ok := o["recentOrders"]
	if !ok || v == nil {
		return
	}
	items, ok := v.([]any)
	if !ok {
		d.fail("recentOrders", msgWrongType.Format("array", kind(v)))
		return
	}
	if len(items) > MaxOrders {
		d.fail("recentOrders", msgTruncated.Format(len(items), MaxOrders))
		items = items[:MaxOrders]
	}
	for i, it := range items {
		path := fmt.Sprintf("recentOrders[%d]", i)
		m, ok := it.(map[string]any)
		if !ok {
			d.fail(path, msgWrongType.Format("object", kind(it)))
			continue
		}
		var ord Order
		d.str(m, path, "id", &ord.ID)
		d.str(m, path, "txHash", &ord.TxHash)
		d.str(m, path, "chain", &ord.Chain)
		d.str(m, path, "status", &ord.Status)
		d.str(m, path, "amount", &ord.Amount)
		d.str(m, path, "currency", &ord.Currency)
		d.str(m, path, "at", &ord.At)
		*dst = append(*dst, ord)
	}
}

// obj returns the object at key, nil when absent, null or of another type.
func (d *mapDecoder) obj(o map[string]any, parent, key string) map[string]any {
	v, ok := o[key]
	if !ok || v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		d.fail(join(parent, key), msgWrongType.Format("object", kind(v)))
		return nil
	}
	return m
}

// str reads a string field. A JSON number is accepted as its exact decimal
// text, since hosts often send amounts and error codes as numbers.
func (d *mapDecoder) str(o map[string]any, parent, key string, dst *string) bool {
	v, ok := o[key]
	if !ok || v == nil {
		return false
	}
	path := join(parent, key)
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case json.Number:
		s = x.String()
	default:
		d.fail(path, msgWrongType.Format("string", kind(v)))
		return false
	}
	if s2, ok := d.clean(path, s); ok {
		*dst = s2
		return true
	}
	return false
}

func (d *mapDecoder) clean(path, s string) (string, bool) {
	if len(s) > MaxString {
		d.fail(path, msgTooLong.Format(len(s), MaxString))
		return "", false
	}
	if !utf8.ValidString(s) {
		d.fail(path, msgBadUTF8)
		return "", false
	}
	return strings.TrimSpace(s), true
}

func (d *mapDecoder) enum(o map[string]any, parent, key string, dst *string, allowed ...string) {
	var s string
	if !d.str(o, parent, key, &s) {
		return
	}
	if ok := oneOf(strings.ToLower(s), allowed); !ok {
		d.fail(join(parent, key), msgNotAllowed.Format(s, strings.Join(allowed, ", ")))
		return
	}
	*dst = strings.ToLower(s)
}

// list reads an array of strings; allowed, when given, restricts the values.
func (d *mapDecoder) list(o map[string]any, parent, key string, dst *[]string, allowed ...string) {
	v, ok := o[key]
	if !ok || v == nil {
		return
	}
	path := join(parent, key)
	items, ok := v.([]any)
	if !ok {
		d.fail(path, msgWrongType.Format("array", kind(v)))
		return
	}
	if len(items) > MaxListItems {
		d.fail(path, msgTruncated.Format(len(items), MaxListItems))
		items = items[:MaxListItems]
	}
	for i, it := range items {
		ipath := fmt.Sprintf("%s[%d]", path, i)
		s, ok := it.(string)
		if !ok {
			d.fail(ipath, msgWrongType.Format("string", kind(it)))
			continue
		}
		s, ok = d.clean(ipath, s)
		if !ok {
			continue
		}
		if len(allowed) > 0 {
			if !oneOf(strings.ToLower(s), allowed) {
				d.fail(ipath, msgNotAllowed.Format(s, strings.Join(allowed, ", ")))
				continue
			}
			s = strings.ToLower(s)
		}
		*dst = append(*dst, s)
	}
}

func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

// kind names a decoded JSON value's type the way a host developer writes it.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}
