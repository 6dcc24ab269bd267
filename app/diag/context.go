package diag

import (
	"reflect"
	"strings"

	"github.com/triage-widget/triage/app/hostctx"
)

// The host context's fields are named by their JSON paths, as the host page
// writes them: "balance.available", "apiKey.permissions", and for the
// orders "recentOrders.txHash". They are found by reflection on the JSON
// tags, so a field added to hostctx.Context has a path at once.

// ContextPaths lists the host context paths a check may declare, in the
// context's order.
func ContextPaths() []string {
	var out []string
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := jsonName(f)
			switch ft := f.Type; {
			case ft.Kind() == reflect.Struct:
				walk(prefix+name+".", ft)
			case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
				walk(prefix+name+".", ft.Elem())
			default:
				out = append(out, prefix+name)
			}
		}
	}
	walk("", reflect.TypeOf(hostctx.Context{}))
	return out
}

// knownPath reports whether path names a field of the host context.
func knownPath(path string) bool {
	var c hostctx.Context
	c.RecentOrders = make([]hostctx.Order, 1)
	_, ok := leaf(reflect.ValueOf(&c).Elem(), path, 0)
	return ok
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name
}

// member returns the field of the struct v whose JSON name is name.
func member(v reflect.Value, name string) (reflect.Value, bool) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if jsonName(t.Field(i)) == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// leaf returns the field at path in the struct v, taking element i of a
// list of structs on the way; only a string or a list of strings is a leaf.
func leaf(v reflect.Value, path string, i int) (reflect.Value, bool) {
	head, rest, nested := strings.Cut(path, ".")
	f, ok := member(v, head)
	switch {
	case !ok:
		return reflect.Value{}, false
	case !nested:
		ok = f.Kind() == reflect.String || f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String
		return f, ok
	case f.Kind() == reflect.Struct:
		return leaf(f, rest, i)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct && i < f.Len():
		return leaf(f.Index(i), rest, i)
	}
	return reflect.Value{}, false
}

// copyField copies the field at path from src to dst and reports whether
// src gives it (it is not empty; for the orders, whether one order gives
// it). dst's orders are as many as src's.
func copyField(dst, src *hostctx.Context, path string) bool {
	n := 1
	if strings.HasPrefix(path, "recentOrders.") {
		n = len(src.RecentOrders)
		for len(dst.RecentOrders) < n {
			dst.RecentOrders = append(dst.RecentOrders, hostctx.Order{})
		}
	}
	s, d := reflect.ValueOf(src).Elem(), reflect.ValueOf(dst).Elem()
	given := false
	for i := 0; i < n; i++ {
		from, ok := leaf(s, path, i)
		if !ok {
			return false
		}
		to, _ := leaf(d, path, i)
		to.Set(from)
		given = given || from.Len() > 0
	}
	return given
}

// Given reports whether ctx gives the field at path (it is not empty); an
// unknown path is never given.
func Given(ctx hostctx.Context, path string) bool {
	var dst hostctx.Context
	return copyField(&dst, &ctx, path)
}

// projectContext returns a copy of src holding only the fields at paths;
// the others are empty.
func projectContext(src *hostctx.Context, paths []string) *hostctx.Context {
	dst := new(hostctx.Context)
	for _, p := range paths {
		copyField(dst, src, p)
	}
	return dst
}
